/**
 * `npm run api:types`: build the API's OpenAPI document from the server's route schemas (no database needed)
 * and write the web's types of it to packages/web/src/api/schema.gen.ts.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { buildOpenApiDocument } from '../packages/server/src/openapi-document.js';
import { API_TYPES_FILE, renderApiTypes } from './api-types.js';

const text = await renderApiTypes(await buildOpenApiDocument());
const before = await readFile(API_TYPES_FILE, 'utf8').catch(() => null);
if (before === text) console.log(`${API_TYPES_FILE}: up to date`);
else {
  await writeFile(API_TYPES_FILE, text);
  console.log(`${API_TYPES_FILE}: written`);
}
