import { randomUUID } from 'node:crypto';

type JsonSchema = {
  type?: string | string[];
  const?: unknown;
  enum?: unknown[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  minItems?: number;
  minLength?: number;
  minimum?: number;
  exclusiveMinimum?: number;
  format?: string;
  pattern?: string;
  contentEncoding?: string;
};

/** Values to use for properties with these names wherever they occur (e.g. the client a body names). */
export type SampleValues = Record<string, unknown>;

/**
 * The smallest value that passes a request schema: required properties only, first enum value, the
 * lowest number allowed, a string of the right format. For tests that must get past validation to
 * reach the access mechanism on every route, without a hand-written body per route.
 */
export function sampleFromSchema(schema: unknown, values: SampleValues = {}, name = ''): unknown {
  const s = (schema ?? {}) as JsonSchema;
  if (name && Object.hasOwn(values, name)) return values[name];
  if (s.const !== undefined) return s.const;
  if (s.enum) return s.enum[0];
  const variants = s.anyOf ?? s.oneOf;
  if (variants) {
    const chosen = variants.find((v) => v.type !== 'null') ?? variants[0];
    return sampleFromSchema(chosen, values, name);
  }
  if (s.allOf) return Object.assign({}, ...s.allOf.map((part) => sampleFromSchema(part, values)));
  const type = Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type;
  switch (type) {
    case 'object':
      return Object.fromEntries(
        (s.required ?? []).map((key) => [key, sampleFromSchema(s.properties?.[key], values, key)] as const),
      );
    case 'array':
      return Array.from({ length: s.minItems ?? 0 }, () => sampleFromSchema(s.items, values));
    case 'integer':
    case 'number':
      return s.minimum ?? (s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + 1 : 1);
    case 'boolean':
      return false;
    case 'null':
      return null;
    case 'string':
      return sampleString(s);
    default:
      return s.properties ? sampleFromSchema({ ...s, type: 'object' }, values, name) : null;
  }
}

function sampleString(s: JsonSchema): string {
  switch (s.format) {
    case 'date':
      return '2026-01-05';
    case 'date-time':
      return '2026-01-05T10:00:00.000Z';
    case 'uuid':
      return randomUUID();
    case 'email':
      return 'sample@test.example';
  }
  if (s.contentEncoding === 'base64') return 'eHh4eA==';
  if (s.pattern?.includes(':')) return '10:00';
  if (s.pattern?.includes('\\d{4}-')) return '2026-01';
  return 'x'.repeat(Math.max(1, s.minLength ?? 1));
}
