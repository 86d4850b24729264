import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CONFIG_ENV_KEYS, ConfigError, DEVELOPMENT_AUDIT_KEY, loadConfig } from './config.js';

describe('configuration', () => {
  it('has working defaults: embedded database in ./data on port 3000', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 3000, dataDir: './data', logLevel: 'info', cookieSecure: 'auto', demoOnEmpty: true });
    expect(config).toMatchObject({ sessionIdleMinutes: 30, sessionMaxHours: 12, secretKeyFile: './meedoen-secret.key' });
    expect(config.secretKey).toBeUndefined();
    expect(config.databaseUrl).toBeUndefined();
  });

  it('reads MEEDOEN_ keys and DATABASE_URL', () => {
    const config = loadConfig({
      MEEDOEN_PORT: '8080',
      DATABASE_URL: 'postgres://meedoen@db/meedoen',
      MEEDOEN_COOKIE_SECURE: 'true',
      MEEDOEN_LOG_LEVEL: 'warn',
    });
    expect(config).toMatchObject({
      port: 8080,
      databaseUrl: 'postgres://meedoen@db/meedoen',
      cookieSecure: true,
      logLevel: 'warn',
    });
  });

  it('fails fast with every problem listed at once', () => {
    let error: unknown;
    try {
      loadConfig({
        MEEDOEN_PORT: 'abc',
        MEEDOEN_COOKIE_SECURE: 'misschien',
        MEEDOEN_LOG_LEVEL: 'loud',
        DATABASE_URL: 'mysql://x',
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems;
    expect(problems).toEqual([
      'MEEDOEN_PORT: "abc" is not a whole number',
      'MEEDOEN_COOKIE_SECURE: "misschien" is not true, false or auto',
    ]);
  });

  it('the session cookie is Secure by default (auto), and can be forced either way', () => {
    expect(loadConfig({ MEEDOEN_COOKIE_SECURE: 'auto' }).cookieSecure).toBe('auto');
    expect(loadConfig({ MEEDOEN_COOKIE_SECURE: 'false' }).cookieSecure).toBe(false);
  });

  it('takes a 32-byte secret key in hex or base64, and refuses anything else', () => {
    const hex = 'ab'.repeat(32);
    expect(
      loadConfig({ MEEDOEN_SECRET_KEY: hex, MEEDOEN_PREVIOUS_SECRET_KEYS: `${'cd'.repeat(32)},${'ef'.repeat(32)}` }),
    ).toMatchObject({ secretKey: hex });
    expect(loadConfig({ MEEDOEN_SECRET_KEY: Buffer.alloc(32, 7).toString('base64') }).secretKey).toBeDefined();
    expect(() => loadConfig({ MEEDOEN_SECRET_KEY: 'geheim' })).toThrow(/MEEDOEN_SECRET_KEY: must match pattern/);
    expect(() => loadConfig({ MEEDOEN_PREVIOUS_SECRET_KEYS: `${hex},kort` })).toThrow(/MEEDOEN_PREVIOUS_SECRET_KEYS/);
  });

  it('reports schema violations per key, readable', () => {
    expect(() => loadConfig({ MEEDOEN_PORT: '70000', MEEDOEN_LOG_LEVEL: 'loud', DATABASE_URL: 'mysql://x' })).toThrow(
      /MEEDOEN_PORT: must be <= 65535[\s\S]*DATABASE_URL: must match pattern[\s\S]*MEEDOEN_LOG_LEVEL: must be one of: fatal, error/,
    );
  });

  // Starting the CLI through tsx takes seconds, many more on a busy machine: a generous guard, no performance limit.
  it('the CLI refuses to start with a bad configuration and says why', { timeout: 180_000 }, () => {
    const cli = fileURLToPath(new URL('./cli.ts', import.meta.url));
    const result = spawnSync(process.execPath, ['--import', 'tsx', cli, 'serve'], {
      // Core from source via the tests' path mapping, as in every other test; no build needed.
      env: {
        ...process.env,
        MEEDOEN_PORT: 'abc',
        MEEDOEN_DB_POOL_SIZE: '0',
        TSX_TSCONFIG_PATH: fileURLToPath(new URL('../../../tsconfig.tests.json', import.meta.url)),
      },
      encoding: 'utf8',
      timeout: 150_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Invalid configuration');
    expect(result.stderr).toContain('MEEDOEN_PORT: "abc" is not a whole number');
  });

  it('the audit key: a public development default, at least 32 characters when set', () => {
    expect(loadConfig({}).auditKey).toBe(DEVELOPMENT_AUDIT_KEY);
    expect(loadConfig({ MEEDOEN_AUDIT_KEY: 'k'.repeat(32), MEEDOEN_AUDIT_PREVIOUS_KEYS: 'a,b' })).toMatchObject({
      auditKey: 'k'.repeat(32),
      auditPreviousKeys: 'a,b',
      auditCheckpointEvery: 100,
    });
    expect(() => loadConfig({ MEEDOEN_AUDIT_KEY: 'too short' })).toThrow(
      'MEEDOEN_AUDIT_KEY: must not have fewer than 32 characters',
    );
  });

  it('.env.example documents every key, and only real keys', () => {
    const example = readFileSync(new URL('../../../.env.example', import.meta.url), 'utf8');
    const documented = [...example.matchAll(/^#? ?([A-Z_]+)=/gm)].map((match) => match[1]).sort();
    expect(documented).toEqual(Object.values(CONFIG_ENV_KEYS).sort());
  });
});
