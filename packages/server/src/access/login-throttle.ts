import type { Config } from '../config.js';
import type { Queryable } from '../db/database.js';
import type { SecretBox } from './secret-box.js';

/**
 * The brake on password and code guessing, kept in the database (`sign_in_throttle`, migration 0011) so that
 * every instance on one server shares it. Only failures count: an attempt is counted before it is checked
 * (atomically, so parallel guesses cannot slip past the limit) and given back when it succeeds.
 *
 * Two keys per attempt, each a leaky bucket that forgets `capacity` failures per hour:
 * - the account (the e-mail address given, known or not): capacity MEEDOEN_LOCKOUT_THRESHOLD; in the long run
 *   an account cannot be guessed faster than that many times per hour;
 * - the client address: a much higher capacity (five minutes of MEEDOEN_LOGIN_ATTEMPTS_PER_MINUTE), so
 *   colleagues behind one NAT address do not lock each other out.
 * Past the capacity a key must wait 1, 2, 4 … seconds per further failure, at most MEEDOEN_LOCKOUT_MINUTES
 * (back-off instead of a hard lock-out; NEN 7510 asks for protection against guessing, not for numbers).
 */
export interface ThrottleLimits {
  capacity: number;
  drainPerHour: number;
  maxWaitSeconds: number;
}

export type ThrottleScope = 'account' | 'address';

export interface Reservation {
  /** 0: the attempt may go ahead (and is counted); otherwise seconds the key must still wait. */
  waitSeconds: number;
  /** After this attempt, should it fail: how long the key must wait (0: no back-off yet). */
  backoffSeconds: number;
}

export function throttleLimits(config: Config, scope: ThrottleScope): ThrottleLimits {
  const maxWaitSeconds = config.lockoutMinutes * 60;
  if (scope === 'account') {
    return { capacity: config.lockoutThreshold, drainPerHour: config.lockoutThreshold, maxWaitSeconds };
  }
  return { capacity: config.loginAttemptsPerMinute * 5, drainPerHour: config.loginAttemptsPerMinute * 60, maxWaitSeconds };
}

export class LoginThrottle {
  constructor(
    private readonly config: Config,
    private readonly box: SecretBox,
  ) {}

  /** The stored key of an account: a keyed hash of the lower-cased e-mail address, never the address. */
  accountKey(email: string): string {
    return this.box.keyedHash('sign-in-account', email.trim().toLowerCase());
  }

  addressKey(address: string): string {
    return this.box.keyedHash('sign-in-address', address);
  }

  async reserve(tx: Queryable, scope: ThrottleScope, key: string): Promise<Reservation> {
    const limits = throttleLimits(this.config, scope);
    const [row] = await tx.query<{ wait_seconds: number; backoff_seconds: number }>(
      `select wait_seconds, backoff_seconds from auth_throttle_reserve($1, $2, $3, $4, $5)`,
      [scope, key, limits.capacity, limits.drainPerHour, limits.maxWaitSeconds],
    );
    return { waitSeconds: Number(row?.wait_seconds ?? 0), backoffSeconds: Number(row?.backoff_seconds ?? 0) };
  }

  /** A success: the account's failures are forgotten; the address gets this attempt back. */
  async release(tx: Queryable, scope: ThrottleScope, key: string): Promise<void> {
    await tx.query(`select auth_throttle_release($1, $2, $3)`, [scope, key, throttleLimits(this.config, scope).capacity]);
  }
}
