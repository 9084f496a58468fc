// Runs npm scripts side by side and fails if any of them fails. `npm test` uses it for steps that
// each keep one core busy (tsc, ESLint; the unit tests' halves; the two builds), so a two-core CI
// machine does both at once. Each half of the unit tests runs in one Vitest worker, which sets jsdom
// up once for all its files: two halves took 193 s and 303 CPU s, against 230 s and 385 CPU s for
// one Vitest with two workers, which set it up per file.
// Output is buffered per script and printed whole when it ends, so logs do not interleave.
import { spawn } from 'node:child_process';

const scripts = process.argv.slice(2);
if (scripts.length === 0) {
  console.error('usage: node scripts/run-parallel.mjs <npm script> [<npm script> ...]');
  process.exit(2);
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(script) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(npm, ['run', '--silent', script], { env: process.env });
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('close', (code) => {
      const seconds = Math.round((Date.now() - started) / 1000);
      process.stdout.write(`\n==> npm run ${script} (${String(seconds)}s, exit ${String(code)})\n`);
      process.stdout.write(Buffer.concat(output));
      resolve(code ?? 1);
    });
  });
}

const codes = await Promise.all(scripts.map(run));
const failed = scripts.filter((_, i) => codes[i] !== 0);
if (failed.length > 0) {
  console.error(`\nfailed: ${failed.join(', ')}`);
  process.exit(1);
}
