import { CodedError } from '@casinox/graphql';
import type pg from 'pg';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';

export interface RateLimitRule {
  points: number;
  durationSeconds: number;
}

/**
 * Failures are what we count for sign-in (a busy legitimate user is never locked out, a guesser
 * is): per account, so one account cannot be brute-forced from many addresses, and per address,
 * so one address cannot spray many accounts. Registrations count every attempt per address.
 */
export interface RateLimits {
  loginFailuresPerAccount: RateLimitRule;
  loginFailuresPerIp: RateLimitRule;
  totpFailuresPerUser: RateLimitRule;
  registrationsPerIp: RateLimitRule;
}

export const DEFAULT_RATE_LIMITS: RateLimits = {
  loginFailuresPerAccount: { points: 10, durationSeconds: 15 * 60 },
  loginFailuresPerIp: { points: 50, durationSeconds: 15 * 60 },
  totpFailuresPerUser: { points: 5, durationSeconds: 5 * 60 },
  registrationsPerIp: { points: 20, durationSeconds: 60 * 60 },
};

/**
 * Rate limits kept in Postgres (identity.rate_limit, created by our migration), so every replica
 * shares the counters and a restart forgets nothing.
 */
export class LoginThrottle {
  private readonly accounts: RateLimiterPostgres;
  private readonly addresses: RateLimiterPostgres;
  private readonly totp: RateLimiterPostgres;
  private readonly registrations: RateLimiterPostgres;

  constructor(pool: pg.Pool, limits: RateLimits) {
    const limiter = (keyPrefix: string, rule: RateLimitRule) =>
      new RateLimiterPostgres({
        storeClient: pool,
        storeType: 'pool',
        schemaName: 'identity',
        tableName: 'rate_limit',
        tableCreated: true,
        // Expired rows are swept by the service's maintenance timer, which stops with it.
        clearExpiredByTimeout: false,
        keyPrefix,
        points: rule.points,
        duration: rule.durationSeconds,
      });
    this.accounts = limiter('login-account', limits.loginFailuresPerAccount);
    this.addresses = limiter('login-ip', limits.loginFailuresPerIp);
    this.totp = limiter('totp-user', limits.totpFailuresPerUser);
    this.registrations = limiter('register-ip', limits.registrationsPerIp);
  }

  async assertLoginAllowed(account: string, ip: string): Promise<void> {
    await Promise.all([assertUnder(this.accounts, account), assertUnder(this.addresses, addressKey(ip))]);
  }

  async loginFailed(account: string, ip: string): Promise<void> {
    await Promise.all([spend(this.accounts, account), spend(this.addresses, addressKey(ip))]);
  }

  /** A correct password clears the account's failures (the address keeps its count). */
  async loginSucceeded(account: string): Promise<void> {
    await this.accounts.delete(account);
  }

  async assertTotpAllowed(userId: string): Promise<void> {
    await assertUnder(this.totp, userId);
  }

  async totpFailed(userId: string): Promise<void> {
    await spend(this.totp, userId);
  }

  async totpSucceeded(userId: string): Promise<void> {
    await this.totp.delete(userId);
  }

  /** Counts a registration attempt and refuses it beyond the limit. */
  async registrationAttempt(ip: string): Promise<void> {
    try {
      await this.registrations.consume(addressKey(ip));
    } catch (error) {
      if (error instanceof RateLimiterRes) throw rateLimited(error);
      throw error;
    }
  }
}

/** Deletes counters that expired more than an hour ago (called by the maintenance timer). */
export async function sweepRateLimits(pool: pg.Pool): Promise<void> {
  await pool.query('delete from identity.rate_limit where expire < $1', [Date.now() - 3_600_000]);
}

const addressKey = (ip: string) => ip || 'unknown';

async function assertUnder(limiter: RateLimiterPostgres, key: string): Promise<void> {
  const state = await limiter.get(key);
  if (state && state.consumedPoints >= limiter.points) throw rateLimited(state);
}

async function spend(limiter: RateLimiterPostgres, key: string): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (error) {
    // A RateLimiterRes rejection only says the limit is now exceeded, which the next
    // assertUnder reports; store failures are real errors.
    if (!(error instanceof RateLimiterRes)) throw error;
  }
}

function rateLimited(state: RateLimiterRes) {
  const retryAfterSeconds = Math.max(1, Math.ceil(state.msBeforeNext / 1000));
  return new CodedError('RATE_LIMITED', `Too many attempts; try again in ${retryAfterSeconds} seconds.`, {
    retryAfterSeconds,
  });
}
