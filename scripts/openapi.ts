import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { endpoints } from '../src/contract/endpoints';
import { buildOpenApiDocument } from './openapi-document';

const root = resolve(import.meta.dirname, '..');
const target = resolve(root, 'docs/openapi.json');

const { version } = JSON.parse(await readFile(resolve(root, 'package.json'), 'utf8')) as {
  version: string;
};
const document = buildOpenApiDocument(endpoints, { version });

await mkdir(dirname(target), { recursive: true });
await writeFile(target, `${JSON.stringify(document, null, 2)}\n`);
const operations = Object.values(document.paths).reduce(
  (n, item) => n + Object.keys(item).length,
  0,
);
console.log(
  `openapi: wrote docs/openapi.json (OpenAPI ${document.openapi}, ${String(operations)} operations, ${String(Object.keys(document.components.schemas).length)} schemas)`,
);
