import { Type, type Static } from 'typebox';
import Value from 'typebox/value';
import { DEFAULT_PREPARED_PER_CONNECTION } from './db/prepared-statements.js';

/** 64 hexadecimal digits, or base64 / base64url of 32 bytes. */
const SECRET_KEY_PATTERN = '^([0-9a-fA-F]{64}|[A-Za-z0-9+/_-]{43}=?)$';

/**
 * Configuration from the environment (prefix MEEDOEN_, plus the conventional DATABASE_URL).
 * `.env.example` in the project root documents every key; keep both in step.
 */
export const ConfigSchema = Type.Object({
  host: Type.String({ minLength: 1, description: 'MEEDOEN_HOST: interface to listen on' }),
  port: Type.Integer({ minimum: 0, maximum: 65535, description: 'MEEDOEN_PORT: HTTP port (0 picks a free one)' }),
  databaseUrl: Type.Optional(
    Type.String({ pattern: '^postgres(ql)?://', description: 'DATABASE_URL: PostgreSQL server; unset = embedded PGlite' }),
  ),
  dataDir: Type.String({ minLength: 1, description: 'MEEDOEN_DATA_DIR: folder of the embedded database' }),
  poolSize: Type.Integer({ minimum: 1, maximum: 100, description: 'MEEDOEN_DB_POOL_SIZE: PostgreSQL connections' }),
  dbPreparedStatements: Type.Integer({
    minimum: 0,
    maximum: 10_000,
    description:
      "MEEDOEN_DB_PREPARED_STATEMENTS: statements kept prepared per PostgreSQL connection, and in PGlite's one session; 0 prepares none",
  }),
  dbBind: Type.Enum(['set_config', 'set_local'], {
    description:
      'MEEDOEN_DB_BIND: how a transaction is bound to its organisation; set_local for Citus (forwarded to the workers)',
  }),
  logLevel: Type.Enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { description: 'MEEDOEN_LOG_LEVEL' }),
  bodyLimitBytes: Type.Integer({ minimum: 1024, description: 'MEEDOEN_BODY_LIMIT_BYTES: largest accepted request body' }),
  sessionIdleMinutes: Type.Integer({ minimum: 1, description: 'MEEDOEN_SESSION_IDLE_MINUTES: sign out after inactivity' }),
  cookieSecure: Type.Union([Type.Boolean(), Type.Literal('auto')], {
    description:
      'MEEDOEN_COOKIE_SECURE: send the session cookie over HTTPS only; auto = always, except over plain http to localhost',
  }),
  lockoutThreshold: Type.Integer({
    minimum: 1,
    description:
      'MEEDOEN_LOCKOUT_THRESHOLD: failed sign-ins of one account before it must wait (back-off); this many are forgotten per hour',
  }),
  lockoutMinutes: Type.Integer({ minimum: 1, description: 'MEEDOEN_LOCKOUT_MINUTES: the longest back-off wait' }),
  loginAttemptsPerMinute: Type.Integer({
    minimum: 1,
    description:
      'MEEDOEN_LOGIN_ATTEMPTS_PER_MINUTE: failed sign-ins per minute one client address may sustain; past five minutes’ worth it must wait',
  }),
  offerStaleDays: Type.Integer({
    minimum: 1,
    description: 'MEEDOEN_OFFER_STALE_DAYS: an offer not confirmed for this long is marked stale',
  }),
  breakGlassMinutes: Type.Integer({ minimum: 1, description: 'MEEDOEN_BREAK_GLASS_MINUTES: how long an emergency access lasts' }),
  expiryNoticeDays: Type.Integer({
    minimum: 1,
    maximum: 366,
    description: 'MEEDOEN_EXPIRY_NOTICE_DAYS: consents and allocations ending within this many days appear on the work list',
  }),
  notesToWriteDays: Type.Integer({
    minimum: 0,
    maximum: 90,
    description:
      'MEEDOEN_NOTES_TO_WRITE_DAYS: appointments of today and this many days back whose session note is missing appear on the work list',
  }),
  municipalMinCellSize: Type.Integer({
    minimum: 1,
    description: 'MEEDOEN_MUNICIPAL_MIN_CELL_SIZE: counts of fewer persons are suppressed in the municipal overview',
  }),
  mapTileUrl: Type.Optional(
    Type.String({
      pattern: '^https?://.*\\{z\\}.*\\{x\\}.*\\{y\\}',
      description:
        'MEEDOEN_MAP_TILE_URL: map tiles for the municipal overview, e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png; unset = markers on a plain background',
    }),
  ),
  webDir: Type.Optional(Type.String({ description: 'MEEDOEN_WEB_DIR: built web app to serve at /' })),
  demoOnEmpty: Type.Boolean({ description: 'MEEDOEN_DEMO_ON_EMPTY: load the demo organisation into an empty embedded database' }),
  sessionMaxHours: Type.Integer({
    minimum: 1,
    maximum: 720,
    description: 'MEEDOEN_SESSION_MAX_HOURS: a session ends this long after sign-in, active or not',
  }),
  secretKey: Type.Optional(
    Type.String({
      pattern: SECRET_KEY_PATTERN,
      description: 'MEEDOEN_SECRET_KEY: 32-byte key (64 hex digits) sealing second-factor secrets; unset = the key file',
    }),
  ),
  previousSecretKeys: Type.Optional(
    Type.String({
      pattern: `^(${SECRET_KEY_PATTERN.slice(1, -1)})(,(${SECRET_KEY_PATTERN.slice(1, -1)}))*$`,
      description: 'MEEDOEN_PREVIOUS_SECRET_KEYS: earlier keys, comma-separated, that still open secrets during a rotation',
    }),
  ),
  secretKeyFile: Type.String({
    minLength: 1,
    description: 'MEEDOEN_SECRET_KEY_FILE: without MEEDOEN_SECRET_KEY, the key is read from (or created in) this file',
  }),
  auditKey: Type.String({
    minLength: 32,
    description: 'MEEDOEN_AUDIT_KEY: secret that signs audit checkpoints and exports; kept outside the database',
  }),
  auditPreviousKeys: Type.String({
    description: 'MEEDOEN_AUDIT_PREVIOUS_KEYS: earlier audit keys, comma-separated, still accepted for what they signed',
  }),
  sessionHorizonDays: Type.Integer({
    minimum: 0,
    maximum: 366,
    description:
      'MEEDOEN_SESSION_HORIZON_DAYS: how many days after today a treatment session may be dated (0: only sessions that took place)',
  }),
  maxUrlBytes: Type.Integer({
    minimum: 256,
    maximum: 16384,
    description: 'MEEDOEN_MAX_URL_BYTES: longest accepted request address (path and query); longer is refused with 414',
  }),
  uploadMaxFileBytes: Type.Integer({
    minimum: 1024,
    maximum: 5242880,
    description: 'MEEDOEN_UPLOAD_MAX_FILE_BYTES: largest portfolio file (at most 5 MB); larger is refused with 413',
  }),
  uploadQuotaBytes: Type.Integer({
    minimum: 1024,
    description: 'MEEDOEN_UPLOAD_QUOTA_BYTES: all portfolio files of one organisation together; past it uploads get 413',
  }),
  auditCheckpointEvery: Type.Integer({
    minimum: 1,
    description: 'MEEDOEN_AUDIT_CHECKPOINT_EVERY: sign the audit chain head every this many records',
  }),
  jobsConcurrency: Type.Integer({
    minimum: 1,
    maximum: 20,
    description:
      'MEEDOEN_JOBS_CONCURRENCY: background jobs one instance runs at once (PostgreSQL; the embedded database runs one)',
  }),
  jobStaleMinutes: Type.Integer({
    minimum: 1,
    maximum: 10080,
    description:
      'MEEDOEN_JOB_STALE_MINUTES: a background job still running after this long was left by a stopped process and is run again',
  }),
  auditCheckpointMinutes: Type.Integer({
    minimum: 1,
    maximum: 10080,
    description:
      'MEEDOEN_AUDIT_CHECKPOINT_MINUTES: sign every audit chain head with new records this often, whatever their number',
  }),
  reminderHour: Type.Integer({
    minimum: 0,
    maximum: 23,
    description: 'MEEDOEN_REMINDER_HOUR: from this hour (Dutch time) the day’s reminders of work due are sent',
  }),
  invitationHours: Type.Integer({
    minimum: 1,
    maximum: 720,
    description: 'MEEDOEN_INVITATION_HOURS: how long an invitation link to choose a password stays valid',
  }),
});

export type Config = Static<typeof ConfigSchema>;

/** The audit key used when MEEDOEN_AUDIT_KEY is not set: public, so fit for development only. */
export const DEVELOPMENT_AUDIT_KEY = 'meedoen-development-audit-key--not-for-production';

type Env = Record<string, string | undefined>;

/** Environment keys per setting; a missing key falls back to the default. */
export const CONFIG_ENV_KEYS: Record<keyof Config, string> = {
  host: 'MEEDOEN_HOST',
  port: 'MEEDOEN_PORT',
  databaseUrl: 'DATABASE_URL',
  dataDir: 'MEEDOEN_DATA_DIR',
  poolSize: 'MEEDOEN_DB_POOL_SIZE',
  dbPreparedStatements: 'MEEDOEN_DB_PREPARED_STATEMENTS',
  dbBind: 'MEEDOEN_DB_BIND',
  logLevel: 'MEEDOEN_LOG_LEVEL',
  bodyLimitBytes: 'MEEDOEN_BODY_LIMIT_BYTES',
  sessionIdleMinutes: 'MEEDOEN_SESSION_IDLE_MINUTES',
  cookieSecure: 'MEEDOEN_COOKIE_SECURE',
  lockoutThreshold: 'MEEDOEN_LOCKOUT_THRESHOLD',
  lockoutMinutes: 'MEEDOEN_LOCKOUT_MINUTES',
  loginAttemptsPerMinute: 'MEEDOEN_LOGIN_ATTEMPTS_PER_MINUTE',
  breakGlassMinutes: 'MEEDOEN_BREAK_GLASS_MINUTES',
  offerStaleDays: 'MEEDOEN_OFFER_STALE_DAYS',
  expiryNoticeDays: 'MEEDOEN_EXPIRY_NOTICE_DAYS',
  notesToWriteDays: 'MEEDOEN_NOTES_TO_WRITE_DAYS',
  municipalMinCellSize: 'MEEDOEN_MUNICIPAL_MIN_CELL_SIZE',
  mapTileUrl: 'MEEDOEN_MAP_TILE_URL',
  webDir: 'MEEDOEN_WEB_DIR',
  demoOnEmpty: 'MEEDOEN_DEMO_ON_EMPTY',
  sessionMaxHours: 'MEEDOEN_SESSION_MAX_HOURS',
  secretKey: 'MEEDOEN_SECRET_KEY',
  previousSecretKeys: 'MEEDOEN_PREVIOUS_SECRET_KEYS',
  secretKeyFile: 'MEEDOEN_SECRET_KEY_FILE',
  auditKey: 'MEEDOEN_AUDIT_KEY',
  auditPreviousKeys: 'MEEDOEN_AUDIT_PREVIOUS_KEYS',
  auditCheckpointEvery: 'MEEDOEN_AUDIT_CHECKPOINT_EVERY',
  sessionHorizonDays: 'MEEDOEN_SESSION_HORIZON_DAYS',
  maxUrlBytes: 'MEEDOEN_MAX_URL_BYTES',
  uploadMaxFileBytes: 'MEEDOEN_UPLOAD_MAX_FILE_BYTES',
  uploadQuotaBytes: 'MEEDOEN_UPLOAD_QUOTA_BYTES',
  invitationHours: 'MEEDOEN_INVITATION_HOURS',
  jobsConcurrency: 'MEEDOEN_JOBS_CONCURRENCY',
  jobStaleMinutes: 'MEEDOEN_JOB_STALE_MINUTES',
  auditCheckpointMinutes: 'MEEDOEN_AUDIT_CHECKPOINT_MINUTES',
  reminderHour: 'MEEDOEN_REMINDER_HOUR',
};

const DEFAULTS: Omit<Config, 'databaseUrl' | 'webDir' | 'secretKey' | 'previousSecretKeys' | 'mapTileUrl'> = {
  host: '127.0.0.1',
  port: 3000,
  dataDir: './data',
  poolSize: 10,
  // A plan per statement and connection costs the server memory (issue 16; prepared-statements.ts).
  dbPreparedStatements: DEFAULT_PREPARED_PER_CONNECTION,
  // set_config with a bind parameter on one server; Citus forwards only SET LOCAL (ADR 6, step 5).
  dbBind: 'set_config',
  logLevel: 'info',
  bodyLimitBytes: 1_048_576,
  // NEN 7510 asks for automatic sign-out; 30 minutes is a common setting, hence configurable.
  sessionIdleMinutes: 30,
  // Secure unless the request came over plain http to localhost (development); behind TLS always.
  cookieSecure: 'auto',
  demoOnEmpty: true,
  // Lockout numbers are not fixed by a norm (NEN 7510 asks for protection against guessing): configurable.
  lockoutThreshold: 5,
  lockoutMinutes: 15,
  loginAttemptsPerMinute: 20,
  breakGlassMinutes: 60,
  // How often a social-map entry must be reconfirmed is not fixed anywhere: a year by default.
  offerStaleDays: 365,
  // How long before a consent or an allocation ends someone should act is a local choice: four weeks by default.
  expiryNoticeDays: 28,
  // How far back a missing session note stays on the work list is a house choice (no rule fixes a number): a week.
  notesToWriteDays: 7,
  // Statistics Netherlands publishes no counts under 10 persons in small areas; a common rule, hence configurable.
  municipalMinCellSize: 10,
  // NEN 7510 asks for sessions that end; how long a working day's session may last is a local choice.
  sessionMaxHours: 12,
  secretKeyFile: './meedoen-secret.key',
  // A known development key, so the embedded demo works out of the box; production must set its own
  // (`serve` warns on PostgreSQL when it is not set). Never stored in the database.
  auditKey: DEVELOPMENT_AUDIT_KEY,
  auditPreviousKeys: '',
  // How many audit records may follow a signed checkpoint before the next one: a trade-off, hence configurable.
  auditCheckpointEvery: 100,
  // A session is documented once it took place; an organisation that plans ahead in the record can allow days.
  sessionHorizonDays: 0,
  // Common servers and proxies refuse addresses past 8 KB; ours are far shorter.
  maxUrlBytes: 8192,
  // Limits for portfolio files are a local choice (storage costs): 5 MB per file, 1 GB per organisation.
  uploadMaxFileBytes: 5_242_880,
  uploadQuotaBytes: 1_073_741_824,
  // An invitation link must expire (OWASP Forgot Password Cheat Sheet); how long is a local choice: three days.
  invitationHours: 72,
  // Background jobs (issue 16): two at a time leaves the request pool room on a small server; a local choice.
  jobsConcurrency: 2,
  // The longest task (a month's declarations for 10 k persons) takes seconds; half an hour is a safe margin, a local choice.
  jobStaleMinutes: 30,
  // Besides every N records, an hour bounds how long new audit records stay unsigned on a quiet day; a trade-off.
  auditCheckpointMinutes: 60,
  // Reminders arrive before a working day starts; which hour is a local choice.
  reminderHour: 7,
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Read and validate; throws a ConfigError listing every problem at once. */
export function loadConfig(env: Env = process.env): Config {
  const raw: Record<string, unknown> = { ...DEFAULTS };
  const problems: string[] = [];
  for (const [field, key] of Object.entries(CONFIG_ENV_KEYS) as [keyof Config, string][]) {
    const text = env[key];
    if (text === undefined || text === '') continue;
    const parsed = parseValue(field, text);
    if (parsed === undefined) problems.push(`${key}: "${text}" is not ${describeExpected(field)}`);
    else raw[field] = parsed;
  }
  if (problems.length === 0) {
    problems.push(...describeSchemaErrors(raw));
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return raw as Config;
}

/** One readable line per field; a union of literals reads "must be one of: a, b". */
function describeSchemaErrors(raw: Record<string, unknown>): string[] {
  const byField = new Map<string, { allowed: unknown[]; message: string }>();
  for (const error of Value.Errors(ConfigSchema, raw)) {
    const field = error.instancePath.replace(/^\//, '') as keyof Config;
    const key = CONFIG_ENV_KEYS[field] ?? field;
    const entry = byField.get(key) ?? { allowed: [], message: error.message };
    const params = error.params as { allowedValue?: unknown; allowedValues?: unknown[] };
    if (error.keyword === 'const') entry.allowed.push(params.allowedValue);
    else if (error.keyword === 'enum') entry.allowed.push(...(params.allowedValues ?? []));
    else if (error.keyword !== 'anyOf') entry.message = error.message;
    byField.set(key, entry);
  }
  return [...byField].map(([key, { allowed, message }]) =>
    allowed.length > 0 ? `${key}: must be one of: ${allowed.join(', ')}` : `${key}: ${message}`,
  );
}

const NUMBER_FIELDS = new Set<keyof Config>([
  'port',
  'poolSize',
  'dbPreparedStatements',
  'bodyLimitBytes',
  'sessionIdleMinutes',
  'lockoutThreshold',
  'lockoutMinutes',
  'loginAttemptsPerMinute',
  'breakGlassMinutes',
  'offerStaleDays',
  'expiryNoticeDays',
  'notesToWriteDays',
  'municipalMinCellSize',
  'sessionMaxHours',
  'auditCheckpointEvery',
  'sessionHorizonDays',
  'maxUrlBytes',
  'uploadMaxFileBytes',
  'uploadQuotaBytes',
  'invitationHours',
  'jobsConcurrency',
  'jobStaleMinutes',
  'auditCheckpointMinutes',
  'reminderHour',
]);
const BOOLEAN_FIELDS = new Set<keyof Config>(['cookieSecure', 'demoOnEmpty']);

function parseValue(field: keyof Config, text: string): unknown {
  if (NUMBER_FIELDS.has(field)) return /^-?\d+$/.test(text.trim()) ? Number(text) : undefined;
  if (field === 'cookieSecure' && /^auto$/i.test(text)) return 'auto';
  if (BOOLEAN_FIELDS.has(field)) {
    if (/^(true|1|yes)$/i.test(text)) return true;
    if (/^(false|0|no)$/i.test(text)) return false;
    return undefined;
  }
  return text;
}

function describeExpected(field: keyof Config): string {
  if (field === 'cookieSecure') return 'true, false or auto';
  return NUMBER_FIELDS.has(field) ? 'a whole number' : 'true or false';
}
