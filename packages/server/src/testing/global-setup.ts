import { migrate } from '../db/migrate.js';
import { openPostgresDatabase } from '../db/postgres-database.js';

/** On PostgreSQL all test files share one database: migrate it once before they start. */
export default async function setup(): Promise<void> {
  const url = process.env['DATABASE_URL'];
  if (!url) return;
  const db = openPostgresDatabase(url, 2);
  try {
    await migrate(db);
  } finally {
    await db.close();
  }
}
