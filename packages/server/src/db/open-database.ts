import { mkdirSync } from 'node:fs';
import type { BindMode, Database } from './database.js';
import { openPgliteDatabase } from './pglite-database.js';
import { openPostgresDatabase } from './postgres-database.js';

export interface StorageConfig {
  databaseUrl?: string | undefined;
  dataDir: string;
  poolSize: number;
  dbPreparedStatements?: number | undefined;
  dbBind?: BindMode | undefined;
}

/** PostgreSQL when a URL is configured, otherwise embedded PGlite in the data folder. */
export async function openDatabase(config: StorageConfig): Promise<Database> {
  if (config.databaseUrl)
    return openPostgresDatabase(config.databaseUrl, config.poolSize, config.dbBind, config.dbPreparedStatements);
  mkdirSync(config.dataDir, { recursive: true });
  return openPgliteDatabase(config.dataDir, undefined, config.dbBind, config.dbPreparedStatements);
}
