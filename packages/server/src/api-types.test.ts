import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { API_TYPES_COMMAND, API_TYPES_FILE, renderApiTypes } from '../../../scripts/api-types.js';
import { buildOpenApiDocument } from './openapi-document.js';

/** Issue 14: the web's API types are generated from the OpenAPI document; the committed file must match the routes. */
describe('the generated API types of the web', () => {
  let document: Record<string, unknown>;
  beforeAll(async () => {
    document = await buildOpenApiDocument();
  });

  it('are built from the route schemas without a database', () => {
    const paths = Object.keys(document.paths as object);
    expect(paths).toContain('/api/v1/clients/{clientId}/consents');
    expect(paths).not.toContain('/api/v1/openapi.json');
  });

  it('match the committed schema.gen.ts', async () => {
    const expected = await renderApiTypes(document);
    const committed = await readFile(API_TYPES_FILE, 'utf8').catch(() => '');
    if (committed !== expected) {
      expect.fail(
        `packages/web/src/api/schema.gen.ts is stale: the route schemas changed. Run \`${API_TYPES_COMMAND}\` and commit it.`,
      );
    }
  });
});
