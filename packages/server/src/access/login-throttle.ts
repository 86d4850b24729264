/**
 * Sign-in attempts per client address in a sliding minute, in memory: a brake on password guessing
 * from one address. (Per-account lockout, which holds across addresses, is in the database.)
 */
export class LoginThrottle {
  private readonly attempts = new Map<string, number[]>();

  constructor(private readonly perMinute: number) {}

  /** Record an attempt; false when this address has used up its attempts for the minute. */
  tryAttempt(address: string, now: number = Date.now()): boolean {
    const recent = (this.attempts.get(address) ?? []).filter((time) => now - time < 60_000);
    if (recent.length >= this.perMinute) {
      this.attempts.set(address, recent);
      return false;
    }
    recent.push(now);
    this.attempts.set(address, recent);
    if (this.attempts.size > 10_000) this.forgetOld(now);
    return true;
  }

  private forgetOld(now: number): void {
    for (const [address, times] of this.attempts) {
      if (times.every((time) => now - time >= 60_000)) this.attempts.delete(address);
    }
  }
}
