import type { FastifyInstance } from 'fastify';
import { ProblemError } from '../errors/problem.js';

/** The largest integer a PostgreSQL `integer` column holds: the default bound of every integer in a request. */
export const INT4_MAX = 2_147_483_647;

type Schema = Record<string, unknown>;

/**
 * A request schema as it is validated (the route's own schema object, and so the OpenAPI document, stay
 * as written): every integer without bounds is bounded to what the database column holds, and every
 * required text (`minLength` ≥ 1, no format or fixed values) must hold more than spaces (`notBlank`).
 */
export function hardenSchema(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(hardenSchema);
  if (schema === null || typeof schema !== 'object') return schema;
  const out: Schema = {};
  for (const [key, value] of Object.entries(schema as Schema)) {
    // `properties` and friends hold names, not schemas: their values are schemas.
    out[key] =
      key === 'properties' || key === 'patternProperties' || key === '$defs' || key === 'definitions'
        ? Object.fromEntries(Object.entries(value as Schema).map(([name, sub]) => [name, hardenSchema(sub)]))
        : key === 'const' || key === 'enum' || key === 'default' || key === 'examples'
          ? value
          : hardenSchema(value);
  }
  const type = out['type'];
  if (type === 'integer') {
    if (out['maximum'] === undefined && out['exclusiveMaximum'] === undefined) out['maximum'] = INT4_MAX;
    if (out['minimum'] === undefined && out['exclusiveMinimum'] === undefined) out['minimum'] = -INT4_MAX;
  }
  if (
    type === 'string' &&
    typeof out['minLength'] === 'number' &&
    out['minLength'] >= 1 &&
    out['format'] === undefined &&
    out['enum'] === undefined &&
    out['const'] === undefined &&
    out['contentEncoding'] === undefined
  )
    out['notBlank'] = true;
  return out;
}

/** The JSON Pointer of the first text (value or property name) holding a NUL character, or null. */
export function findNul(value: unknown, path: string, depth = 0): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (value === null || typeof value !== 'object' || depth > 64) return null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findNul(value[i], `${path}/${i}`, depth + 1);
      if (found) return found;
    }
    return null;
  }
  for (const [key, item] of Object.entries(value as Schema)) {
    const pointer = `${path}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`;
    if (key.includes('\u0000')) return pointer;
    const found = findNul(item, pointer, depth + 1);
    if (found) return found;
  }
  return null;
}

/**
 * Refuse a NUL character anywhere in a request's path parameters, query or JSON body, on every route,
 * before validation: PostgreSQL cannot store it in text or jsonb, so it must never reach a query.
 */
export function installNulGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const parts: [string, unknown][] = [
      ['params', request.params],
      ['querystring', request.query],
      ['body', request.body],
    ];
    for (const [part, value] of parts) {
      const path = findNul(value, `/${part}`);
      if (path)
        throw new ProblemError('request.nul_character', {
          errors: [{ path, message: 'contains a NUL character', code: 'request.nul_character' }],
        });
    }
  });
}
