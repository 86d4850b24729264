import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import prettier from 'prettier';

/** The web's types of the API, generated from the OpenAPI document and committed. */
export const API_TYPES_FILE = fileURLToPath(new URL('../packages/web/src/api/schema.gen.ts', import.meta.url));

/** The command that writes API_TYPES_FILE (named by the staleness test). */
export const API_TYPES_COMMAND = 'npm run api:types';

const HEADER = `/**
 * Generated from the API's OpenAPI document by \`${API_TYPES_COMMAND}\` (scripts/generate-api-types.ts). Do not edit:
 * change the route schemas in packages/server and run the command again. A test fails while this file is stale.
 */
`;

/** The part of openapi-typescript 7 used here. */
interface OpenApiTypescript {
  default: (schema: Record<string, unknown>, options?: Record<string, unknown>) => Promise<unknown>;
  astToString: (ast: unknown) => string;
}

/**
 * openapi-typescript is the web's dev dependency (it brings its own TypeScript 5, so npm keeps it under
 * packages/web/node_modules): resolved from the web package, wherever npm put it.
 */
async function loadOpenApiTypescript(): Promise<OpenApiTypescript> {
  const fromWeb = createRequire(new URL('../packages/web/package.json', import.meta.url));
  return (await import(pathToFileURL(fromWeb.resolve('openapi-typescript')).href)) as OpenApiTypescript;
}

/** The TypeScript of an OpenAPI document (openapi-typescript), formatted as the repository formats its code. */
export async function renderApiTypes(document: Record<string, unknown>): Promise<string> {
  const { default: openapiTS, astToString } = await loadOpenApiTypescript();
  const ast = await openapiTS(document);
  const options = (await prettier.resolveConfig(API_TYPES_FILE)) ?? {};
  return prettier.format(HEADER + astToString(ast), { ...options, filepath: API_TYPES_FILE });
}
