import { createHash } from 'node:crypto';

/**
 * Statements the application sends on nearly every request — the access decision's facts, the audit chain's head and
 * its one-record insert — are prepared under a name on PostgreSQL, once per pooled connection, so the server plans
 * them once rather than on every request (planning the access facts took 0.8 of their 1 ms; issue 16). Only fixed
 * texts are registered; everything else is sent unnamed as before. PGlite ignores the names (in process, one
 * connection, and no protocol-level cache to gain from). With PgBouncer in front, use session pooling or a
 * version that keeps prepared statements in transaction pooling (`max_prepared_statements`, 1.21 and later).
 */
const names = new Map<string, string>();

/** Register a fixed statement text to be prepared; returns the text, so a constant can be declared through it. */
export function preparedStatement(sql: string): string {
  if (!names.has(sql)) names.set(sql, `meedoen_${createHash('sha256').update(sql).digest('hex').slice(0, 24)}`);
  return sql;
}

/** The prepared statement's name for a registered text, or undefined for a statement sent unnamed. */
export function preparedName(sql: string): string | undefined {
  return names.get(sql);
}
