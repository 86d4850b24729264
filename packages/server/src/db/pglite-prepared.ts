import { types, type PGlite } from '@electric-sql/pglite';
import { serialize } from 'pg-protocol';
import { statementName } from './prepared-statements.js';

interface Statement {
  /** The type of each parameter, as the server inferred it (its serializer turns the value into text). */
  paramTypes: number[];
  /** The columns of its rows; none for a statement that returns no rows. */
  fields: { name: string; dataTypeID: number }[];
}

interface Message {
  name: string;
}

/**
 * Statements with parameters prepared under a name in PGlite's one session, as on PostgreSQL (prepared-statements.ts):
 * PGlite's own `query` parses and plans every statement anew, in four calls into the engine, and planning took most
 * of a daily route's time there (the agenda of a day 2.3 ms planning against 0.5 ms executing; issue 16). Prepared,
 * a statement is parsed and described once; each use is one call: bind, execute and sync. At most `limit` (≥ 1) are
 * kept, the least recently used closed beyond that. Runs inside a transaction of this database (its lock held), through
 * PGlite's query lock, so two statements of one transaction never interleave.
 */
export class PglitePrepared {
  private readonly statements = new Map<string, Statement>();
  private closing: string[] = [];
  private generation = 0;

  constructor(
    private readonly pg: PGlite,
    private readonly limit: number,
  ) {}

  query<R extends object>(sql: string, params: readonly unknown[]): Promise<R[]> {
    return this.pg._runExclusiveQuery(async () => {
      const name = `${statementName(sql)}_${this.generation}`;
      try {
        const statement = await this.prepared(name, sql);
        const values = params.map((value, i) => {
          if (value === null || value === undefined) return null;
          const serializer = this.pg.serializers[statement.paramTypes[i] ?? 0];
          return serializer ? serializer(value) : String(value);
        });
        const messages = await this.send(serialize.bind({ statement: name, values }), serialize.execute({}), serialize.sync());
        return this.rowsOf<R>(messages, statement.fields);
      } catch (error) {
        // As PGlite's own `query` does: the statement and its values travel with the error.
        if (error instanceof Error) Object.assign(error, { query: sql, params });
        throw error;
      }
    });
  }

  /** Forget every statement (after a script that may change what they read: a migration, a restore). */
  forgetAll(): void {
    // Closed with the next preparation; the texts are prepared anew under the next generation's names meanwhile.
    this.closing.push(...this.statements.keys());
    this.statements.clear();
    this.generation++;
  }

  /** The statement `name`, prepared now unless it is already (then it becomes the most recently used). */
  private async prepared(name: string, sql: string): Promise<Statement> {
    const known = this.statements.get(name);
    if (known) {
      this.statements.delete(name);
      this.statements.set(name, known);
      return known;
    }
    // Beyond the limit the least recently used are closed, with this preparation (no call of their own).
    for (const old of this.statements.keys()) {
      if (this.statements.size < this.limit) break;
      this.statements.delete(old);
      this.closing.push(old);
    }
    const closing = this.closing;
    this.closing = [];
    // Closing what is not (or no longer) prepared is no error: on a failure all are closed again next time.
    const messages = await this.send(
      ...closing.map((old) => serialize.close({ type: 'S', name: old })),
      serialize.parse({ name, text: sql }),
      serialize.describe({ type: 'S', name }),
      serialize.sync(),
    ).catch((error: unknown) => {
      this.closing.push(...closing);
      throw error;
    });
    const parameters = messages.find((m) => m.name === 'parameterDescription') as { dataTypeIDs: number[] } | undefined;
    const rows = messages.find((m) => m.name === 'rowDescription') as
      { fields: { name: string; dataTypeID: number }[] } | undefined;
    const statement: Statement = {
      paramTypes: parameters?.dataTypeIDs ?? [],
      fields: rows?.fields.map((f) => ({ name: f.name, dataTypeID: f.dataTypeID })) ?? [],
    };
    this.statements.set(name, statement);
    return statement;
  }

  private async send(...parts: Uint8Array[]): Promise<Message[]> {
    return (await this.pg.execProtocolStream(Buffer.concat(parts), { syncToFs: false })) as Message[];
  }

  private rowsOf<R>(messages: readonly Message[], fields: Statement['fields']): R[] {
    const rows: R[] = [];
    for (const message of messages) {
      if (message.name !== 'dataRow') continue;
      const values = (message as unknown as { fields: (string | null)[] }).fields;
      const row: Record<string, unknown> = {};
      for (let i = 0; i < fields.length; i++) {
        const field = fields[i] as Statement['fields'][number];
        row[field.name] = types.parseType(values[i] ?? null, field.dataTypeID, this.pg.parsers);
      }
      rows.push(row as R);
    }
    return rows;
  }
}
