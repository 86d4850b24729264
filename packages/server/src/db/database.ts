/** One SQL dialect (PostgreSQL ≤ 15 features), two engines: embedded PGlite or a PostgreSQL server. */
export type Engine = 'pglite' | 'postgresql';

/** What a transaction can do: run parameterised SQL and get plain rows back. */
export interface Queryable {
  query<T extends object = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** Run a script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

/** The non-privileged role every application transaction runs as, so row-level security applies. */
export const APP_ROLE = 'meedoen_app';

export interface Database {
  readonly engine: Engine;
  /**
   * Run `fn` in one transaction as the application role, bound to one organisation
   * (`app.org_id`, read by the row-level security policies). With `null`, no tenant row is visible:
   * only the narrow SECURITY DEFINER functions for sign-in work.
   */
  withOrg<T>(orgId: string | null, fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /**
   * Run one transaction as the application role that starts unbound, lets `find` name the organisation (through
   * the SECURITY DEFINER directory lookup: a key known before the organisation is), and then runs `fn` bound to
   * that organisation (or to none, when `find` gives null), so the row itself is read under row-level security.
   */
  withOrgOf<T>(
    find: (tx: Queryable) => Promise<string | null>,
    fn: (tx: Queryable, orgId: string | null) => Promise<T>,
  ): Promise<T>;
  /**
   * withOrgOf for one read by a directory key, in one round trip on PostgreSQL (every request's session check):
   * `orgLookup` is a scalar SELECT naming the organisation (through the SECURITY DEFINER directory lookup), `read`
   * gives the statement to run bound to it, handed the organisation as an SQL expression. No bind parameters: every
   * value in both texts must be a literal the caller has validated (a hex digest). In the `set_local` bind mode
   * (Citus, ADR 6) the binding cannot be computed inside the query, so this takes withOrgOf's way.
   */
  readByDirectoryKey<T extends object>(orgLookup: string, read: (org: string) => string): Promise<T[]>;
  /** Run `fn` in one transaction as the schema owner. Only for migrations and operator commands. */
  asOwner<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/**
 * How a transaction is bound to its organisation (MEEDOEN_DB_BIND): `set_config('app.org_id', $1, true)` with a
 * bind parameter (the default), or `SET LOCAL app.org_id = '<uuid>'`, which Citus forwards to the workers with
 * `citus.propagate_set_commands = 'local'` where it does not forward a set_config call (ADR 6, step 5).
 */
export const BIND_MODES = ['set_config', 'set_local'] as const;
export type BindMode = (typeof BIND_MODES)[number];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Refuses anything but a UUID (or none): SET takes no bind parameter, so the value becomes part of the SQL text. */
export class InvalidOrganisationBinding extends Error {
  constructor() {
    super('an organisation binding must be a UUID');
  }
}

/** The SET LOCAL statement for one organisation (or none), only ever with a validated UUID in the literal. */
export function setLocalStatement(orgId: string | null): string {
  if (orgId === null) return `set local app.org_id = ''`;
  if (!UUID.test(orgId)) throw new InvalidOrganisationBinding();
  return `set local app.org_id = '${orgId.toLowerCase()}'`;
}

/**
 * The binding as SQL text that may follow `begin` in one simple query — one round trip to the server instead of two for
 * every transaction — or null when the organisation is not a UUID (then the parameterised statement binds it, as
 * before). Only a validated UUID ever enters the text.
 */
export function bindingText(orgId: string | null, mode: BindMode): string | null {
  if (orgId !== null && !UUID.test(orgId)) return null;
  const value = orgId === null ? '' : orgId.toLowerCase();
  return mode === 'set_local'
    ? `set local role ${APP_ROLE}; set local app.org_id = '${value}'`
    : `select set_config('role', '${APP_ROLE}', true), set_config('app.org_id', '${value}', true)`;
}

/** Bind the running transaction to an organisation (or to none); also to switch once the organisation is found. */
export async function bindOrganisation(tx: Queryable, orgId: string | null, mode: BindMode): Promise<void> {
  if (mode === 'set_local') await tx.query(setLocalStatement(orgId));
  else await tx.query(`select set_config('app.org_id', $1, true)`, [orgId ?? '']);
}

/** Shared by both engines: bind a fresh transaction to the app role and the organisation. */
export async function bindTransaction(tx: Queryable, orgId: string | null, mode: BindMode = 'set_config'): Promise<void> {
  if (mode === 'set_config') {
    // One statement, one round trip: `set_config('role', …, true)` is `SET LOCAL ROLE` (same check of membership).
    await tx.query(`select set_config('role', '${APP_ROLE}', true), set_config('app.org_id', $1, true)`, [orgId ?? '']);
    return;
  }
  // SET takes no bind parameter: the value is checked before anything is sent.
  const statement = setLocalStatement(orgId);
  await tx.query(`set local role ${APP_ROLE}`);
  await tx.query(statement);
}

/**
 * The one-trip text of readByDirectoryKey (set_config mode): the organisation found by `orgLookup` (or none) bound in
 * the statement after BEGIN, so the read that follows runs under row-level security for it; `begin` and `commit`
 * included. One simple query: its statements run one after the other in one transaction.
 */
export function directoryReadScript(orgLookup: string, read: (org: string) => string): string {
  return (
    `begin; select set_config('role', '${APP_ROLE}', true), ` +
    `set_config('app.org_id', coalesce((${orgLookup})::text, ''), true); ${read('app_org_id()')}; commit`
  );
}

/** readByDirectoryKey the long way (PGlite, and the set_local mode): withOrgOf, the organisation as a literal. */
export function directoryReadApart(withOrgOf: Database['withOrgOf']): Database['readByDirectoryKey'] {
  return <T extends object>(orgLookup: string, read: (org: string) => string) =>
    withOrgOf(
      async (tx) => (await tx.query<{ org_id: string | null }>(`select (${orgLookup})::text as org_id`))[0]?.org_id ?? null,
      (tx, orgId) => (orgId === null || !UUID.test(orgId) ? Promise.resolve([]) : tx.query<T>(read(`'${orgId}'::uuid`))),
    );
}

/** withOrgOf for both engines, given the engine's way to run a transaction as the app role bound to no organisation. */
export function orgOf(runUnbound: <T>(fn: (tx: Queryable) => Promise<T>) => Promise<T>, mode: BindMode): Database['withOrgOf'] {
  return (find, fn) =>
    runUnbound(async (tx) => {
      const orgId = await find(tx);
      await bindOrganisation(tx, orgId, mode);
      return fn(tx, orgId);
    });
}
