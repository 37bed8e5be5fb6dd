// Generates TypeScript types from each service's OpenAPI document (contracts/openapi/*.json).
// `npm run gen:api` writes src/lib/generated/<service>.ts; `npm run gen:api -- --check` fails if one is stale.
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';

const here = path.dirname(fileURLToPath(import.meta.url));
const contracts = path.resolve(here, '../../contracts/openapi');
const out = path.resolve(here, '../src/lib/generated');
const services = ['auth', 'jobs', 'files', 'notify'];
const check = process.argv.includes('--check');

await mkdir(out, { recursive: true });
const stale = [];
for (const service of services) {
  const schema = JSON.parse(await readFile(path.join(contracts, `${service}.json`), 'utf8'));
  const ast = await openapiTS(schema);
  const text =
    `// Generated from contracts/openapi/${service}.json by \`npm run gen:api\`. Do not edit.\n` + astToString(ast);
  const target = path.join(out, `${service}.ts`);
  if (check) {
    const current = await readFile(target, 'utf8').catch(() => '');
    if (current !== text) stale.push(path.relative(process.cwd(), target));
  } else {
    await writeFile(target, text);
    console.log(path.relative(process.cwd(), target));
  }
}
if (stale.length) {
  console.error(`stale generated types: ${stale.join(', ')} (run \`make contracts\`)`);
  process.exit(1);
}
