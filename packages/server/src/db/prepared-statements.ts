import { createHash } from 'node:crypto';

/**
 * Every statement sent with parameters is prepared under a name on PostgreSQL, once per pooled connection, so the server
 * parses, rewrites (row-level security's policies included) and plans it once rather than on every request: planning
 * took most of a request's statement time (the care network's lists 0.6–0.8 ms each to bind, 0.05 ms once prepared;
 * issue 16). A statement without parameters is sent as it is: such a text may carry literals (a directory key, a
 * migration) and would be prepared for one use. PGlite prepares the same statements in its one session
 * (pglite-prepared.ts): there planning weighed even more.
 *
 * Each connection keeps at most `limit` statements: the least recently used beyond that are deallocated, with the
 * next transaction's BEGIN (no round trip of their own). The limit bounds the server's memory per connection; 0
 * prepares nothing (PgBouncer in transaction pooling before 1.21, which cannot keep prepared statements).
 */
/** Statements kept per connection unless configured (MEEDOEN_DB_PREPARED_STATEMENTS): a day's routes; a local choice. */
export const DEFAULT_PREPARED_PER_CONNECTION = 100;

const names = new Map<string, string>();
/** Distinct texts remembered with their names; past this the cache starts over (names are recomputed, not changed). */
const NAMES_KEPT = 5_000;

/** The statement's name, derived from its text, so the same text has the same name on every connection. */
export function statementName(sql: string): string {
  let name = names.get(sql);
  if (name === undefined) {
    name = `meedoen_${createHash('sha256').update(sql).digest('hex').slice(0, 24)}`;
    if (names.size >= NAMES_KEPT) names.clear();
    names.set(sql, name);
  }
  return name;
}

/** What node-postgres knows is prepared on its connection (it parses a name again only when it is not listed). */
export interface PreparedOnConnection {
  parsedStatements: Record<string, string>;
}

/** The statements prepared on one connection, least recently used first, and the ones to deallocate. */
export class PreparedStatements {
  private readonly used = new Map<string, true>();

  constructor(
    private readonly limit: number,
    private readonly connection: PreparedOnConnection,
  ) {}

  /** The name to send `sql` under (a statement used now), or undefined to send it unnamed. */
  nameFor(sql: string, params: readonly unknown[] | undefined): string | undefined {
    if (this.limit === 0 || !params || params.length === 0) return undefined;
    const name = statementName(sql);
    this.used.delete(name);
    this.used.set(name, true);
    return name;
  }

  /**
   * DEALLOCATE statements for the least recently used names beyond the limit, to be sent before the next BEGIN; they
   * are forgotten at once, so node-postgres prepares such a text again when it comes back. A name whose preparation
   * failed was never listed by node-postgres and is not deallocated.
   */
  evictions(): string {
    let text = '';
    for (const name of this.used.keys()) {
      if (this.used.size <= this.limit) break;
      this.used.delete(name);
      if (this.connection.parsedStatements[name] === undefined) continue;
      Reflect.deleteProperty(this.connection.parsedStatements, name);
      text += `deallocate ${name}; `;
    }
    return text;
  }
}
