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
  /** Run `fn` in one transaction as the schema owner. Only for migrations and operator commands. */
  asOwner<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Shared by both engines: bind a fresh transaction to the app role and the organisation. */
export async function bindTransaction(tx: Queryable, orgId: string | null): Promise<void> {
  // One statement, one round trip: `set_config('role', …, true)` is `SET LOCAL ROLE` (same check of membership).
  await tx.query(`select set_config('role', '${APP_ROLE}', true), set_config('app.org_id', $1, true)`, [orgId ?? '']);
}
