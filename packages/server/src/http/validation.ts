import { Ajv, type Options } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { FastifyInstance, FastifySchema } from 'fastify';
import { hardenSchema } from './request-hardening.js';

// ajv-formats is CommonJS with a default export.
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

const COMMON: Options = { allErrors: true, removeAdditional: false, useDefaults: true, strict: false };

/**
 * Request bodies are JSON and validated exactly: a number where a string belongs is an error, not a
 * conversion. Path parameters and query strings arrive as text, so they are converted to the declared
 * type (`?limit=10`, `?unreviewed=true`).
 */
export function installValidation(app: FastifyInstance, schemas: object[]): void {
  const exact = withNotBlank(addFormats(new Ajv({ ...COMMON, coerceTypes: false })));
  const coercing = withNotBlank(addFormats(new Ajv({ ...COMMON, coerceTypes: 'array' })));
  for (const schema of schemas) {
    exact.addSchema(schema);
    coercing.addSchema(schema);
  }
  app.setValidatorCompiler(({ schema, httpPart }: { schema: FastifySchema; httpPart?: string }) =>
    (httpPart === 'body' ? exact : coercing).compile(hardenSchema(schema) as object),
  );
}

/** `notBlank`: a required text must hold more than white space (added by `hardenSchema`). */
function withNotBlank(ajv: Ajv): Ajv {
  return ajv.addKeyword({
    keyword: 'notBlank',
    type: 'string',
    schemaType: 'boolean',
    validate: (wanted: boolean, data: string) => !wanted || data.trim().length > 0,
    error: { message: 'must not be blank' },
  });
}
