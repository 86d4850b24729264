import { sampleFromSchema, type SampleValues } from './sample-from-schema.js';

/**
 * Requests for the API fuzz test, generated from the OpenAPI document: per operation a valid sample,
 * then the same request with one thing wrong — a field missing, of the wrong type, NUL, huge, negative,
 * unusual unicode, an extra field, a body that is not an object, hostile path and query values.
 * Deterministic: the same seed gives the same requests.
 */

export interface FuzzOperation {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';
  /** OpenAPI path, e.g. `/api/v1/clients/{clientId}/enrolments`. */
  path: string;
  pathParams: string[];
  query: Record<string, unknown> | null;
  body: unknown;
}

export interface FuzzRequest {
  method: FuzzOperation['method'];
  url: string;
  /** A JSON value to send as the body, or raw text with its content type. */
  payload?: unknown;
  raw?: { text: string; contentType: string };
  /** What was changed, for the failure message. */
  label: string;
}

type OpenApi = {
  paths: Record<string, Record<string, { parameters?: { in: string; name: string; schema?: unknown }[]; requestBody?: unknown }>>;
};

/** A small, fast, seeded pseudo-random generator (mulberry32). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function operationsOf(openapi: unknown): FuzzOperation[] {
  const out: FuzzOperation[] = [];
  for (const [path, methods] of Object.entries((openapi as OpenApi).paths)) {
    for (const [method, operation] of Object.entries(methods)) {
      const upper = method.toUpperCase() as FuzzOperation['method'];
      if (!['GET', 'POST', 'PUT', 'DELETE', 'PATCH'].includes(upper)) continue;
      const parameters = operation.parameters ?? [];
      const queryParams = parameters.filter((p) => p.in === 'query');
      const body = (operation.requestBody as { content?: Record<string, { schema?: unknown }> } | undefined)?.content?.[
        'application/json'
      ]?.schema;
      out.push({
        method: upper,
        path,
        pathParams: parameters.filter((p) => p.in === 'path').map((p) => p.name),
        query:
          queryParams.length > 0
            ? { type: 'object', properties: Object.fromEntries(queryParams.map((p) => [p.name, p.schema])), required: [] }
            : null,
        body: body ?? null,
      });
    }
  }
  return out;
}

const HOSTILE: unknown[] = [
  null,
  true,
  0,
  -1,
  -2_147_483_649,
  2_147_483_648,
  Number.MAX_SAFE_INTEGER,
  -1e308,
  1e308,
  0.5,
  '',
  '   ',
  '\u0000',
  'a\u0000b',
  '\ud800',
  '🙂𝄞 zoë \u202e ﷽',
  'e\u0301\u0301\u0301',
  "'; drop table clients; --",
  '<script>alert(1)</script>',
  '../../etc/passwd',
  '2026-02-30',
  '99:99',
  'x'.repeat(70_000),
  [],
  [null],
  {},
  { $ref: '#' },
];

/** Every JSON Pointer to a value in `value` (objects and arrays included), at most `limit` of them. */
function pointers(value: unknown, path: string[] = [], out: string[][] = [], limit = 60): string[][] {
  if (out.length >= limit) return out;
  if (path.length > 0) out.push(path);
  if (Array.isArray(value)) value.forEach((item, i) => pointers(item, [...path, String(i)], out, limit));
  else if (value !== null && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) pointers(item, [...path, key], out, limit);
  return out;
}

function withChange(value: unknown, path: string[], change: (parent: Record<string, unknown>, key: string) => void): unknown {
  const copy = structuredClone(value) as Record<string, unknown>;
  let parent: Record<string, unknown> = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string, unknown>;
  change(parent, path.at(-1) ?? '');
  return copy;
}

function deep(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = { nested: value };
  return value;
}

/** An id that names nothing, for path parameters without a fixture value. */
const UNKNOWN_ID = '3f1c0e52-0000-4000-8000-000000000000';

const HOSTILE_SEGMENTS = [
  'not-a-uuid',
  '%00',
  'a'.repeat(300),
  '..%2F..%2Fadmin',
  '%F0%9F%99%82',
  '00000000-0000-0000-0000-000000000000',
  '%25',
];

/** Percent-encoding that also sends a lone surrogate (as the invalid UTF-8 bytes of one), instead of throwing. */
function encode(text: string): string {
  return [...text]
    .map((char) => {
      try {
        return encodeURIComponent(char);
      } catch {
        return '%ED%A0%80';
      }
    })
    .join('');
}

function urlOf(
  operation: FuzzOperation,
  values: SampleValues,
  query: Record<string, unknown> | null,
  override?: [string, string],
) {
  let url = operation.path;
  for (const name of operation.pathParams) {
    const value = override && override[0] === name ? override[1] : encode(String(values[name] ?? UNKNOWN_ID));
    url = url.replace(`{${name}}`, value);
  }
  if (query && Object.keys(query).length > 0) {
    const search = Object.entries(query)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${encode(k)}=${encode(typeof v === 'string' ? v : JSON.stringify(v))}`)
      .join('&');
    url += `?${search}`;
  }
  return url;
}

/**
 * The requests for one operation: the valid sample, then one change at a time. `random` picks which
 * hostile values each field gets (`perField` of them), so the whole run stays within its budget.
 */
export function requestsFor(operation: FuzzOperation, values: SampleValues, random: () => number, perField = 4): FuzzRequest[] {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const body = operation.body ? sampleFromSchema(operation.body, values) : undefined;
  const query = operation.query ? (sampleFromSchema(operation.query, values) as Record<string, unknown>) : null;
  const url = urlOf(operation, values, query);
  const out: FuzzRequest[] = [{ method: operation.method, url, payload: body, label: 'valid sample' }];
  const send = (label: string, payload: unknown, at = url) => out.push({ method: operation.method, url: at, payload, label });

  if (body !== undefined) {
    for (const path of pointers(body)) {
      const at = `/${path.join('/')}`;
      send(
        `without ${at}`,
        withChange(body, path, (parent, key) => Reflect.deleteProperty(parent, key)),
      );
      send(
        `NUL in ${at}`,
        withChange(body, path, (parent, key) => (parent[key] = 'x\u0000')),
      );
      for (let i = 0; i < perField; i++) {
        const hostile = pick(HOSTILE);
        send(
          `${JSON.stringify(hostile)?.slice(0, 30)} at ${at}`,
          withChange(body, path, (parent, key) => (parent[key] = hostile)),
        );
      }
    }
    send('extra field', { ...(body as object), unexpected: 'x' });
    send('unicode property name', { ...(body as object), 'z\u0000ë🙂': 1 });
    send('deeply nested', { ...(body as object), nested: deep(200) });
    for (const whole of [[], 'text', 0, null, {}, [body]]) send(`body ${JSON.stringify(whole).slice(0, 20)}`, whole);
    out.push({
      method: operation.method,
      url,
      raw: { text: '{"broken": ', contentType: 'application/json' },
      label: 'malformed JSON',
    });
    out.push({
      method: operation.method,
      url,
      raw: { text: 'name=x', contentType: 'application/x-www-form-urlencoded' },
      label: 'form body',
    });
  }
  for (const name of operation.pathParams) {
    for (let i = 0; i < 3; i++) {
      const segment = pick(HOSTILE_SEGMENTS);
      out.push({
        method: operation.method,
        url: urlOf(operation, values, query, [name, segment]),
        payload: body,
        label: `path ${name}=${segment.slice(0, 20)}`,
      });
    }
  }
  if (query) {
    for (const name of Object.keys((operation.query as { properties: object }).properties)) {
      for (let i = 0; i < 2; i++) {
        const hostile = pick(HOSTILE);
        out.push({
          method: operation.method,
          url: urlOf(operation, values, { ...query, [name]: hostile }),
          payload: body,
          label: `query ${name}`,
        });
      }
    }
    out.push({
      method: operation.method,
      url: urlOf(operation, values, { ...query, unknown: 'x' }),
      payload: body,
      label: 'unknown query',
    });
  }
  return out;
}
