import { runContractCli } from './contract-cli';

// `npm run contract -- --base-url URL`: the contract's conformance check of any server.
process.exitCode = await runContractCli(process.argv.slice(2), (line) => console.log(line));
