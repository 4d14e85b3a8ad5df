import { type Principal, SIGNATURE_HEADER, type ServiceSigner } from '@casinox/auth';

/** Identity notifies this channel when it revokes a user's staff access tokens (see revokeStaffAccessTokens). */
export const STAFF_TOKENS_REVOKED_CHANNEL = 'cx_staff_tokens_revoked';

/**
 * A version learned this long ago no longer matters: every token below it has expired (access
 * tokens live ten minutes; the rest is margin for clock skew). Identity's snapshot reaches as far.
 */
const FORGET_AFTER_MS = 15 * 60_000;

/**
 * What the gateway knows of staff token revocations: the current token version of each staff user
 * revoked lately, learned by notification or from identity's snapshot. A staff token below its
 * user's version is refused. While the gateway may have missed notices (from start-up or a listener
 * reconnect until a snapshot has loaded), every staff token issued before that moment is refused.
 */
export class StaffTokenVersions {
  private readonly versions = new Map<string, { version: number; learnedAt: number }>();
  /** Tokens issued before this instant (ms) are refused; null once a snapshot covers the gap. */
  private unsureSince: number | null;

  constructor(now = Date.now()) {
    this.unsureSince = now;
  }

  isRevoked(principal: Principal): boolean {
    if (principal.kind !== 'operator') return false;
    // `iat` has whole seconds: a token from the same second as the gap counts as before it.
    if (this.unsureSince !== null && (principal.issuedAt ?? 0) * 1000 < this.unsureSince) return true;
    const known = this.versions.get(principal.userId);
    return known !== undefined && (principal.tokenVersion ?? 0) < known.version;
  }

  /** A notice or a snapshot entry; versions only grow (notices may arrive after a newer snapshot). */
  learn(userId: string, version: number, now = Date.now()): void {
    const known = this.versions.get(userId);
    if (!known || known.version < version) this.versions.set(userId, { version, learnedAt: now });
  }

  /** Notices may have been missed up to `at` (the listener just (re)connected). */
  lostTrack(at = Date.now()): void {
    this.unsureSince = Math.max(this.unsureSince ?? 0, at);
  }

  /**
   * Identity's versions as of a request sent at `requestedAt`, after the listener was listening
   * again: with it, nothing before is missing, unless track was lost again since.
   */
  snapshot(versions: Record<string, number>, requestedAt: number, now = Date.now()): void {
    for (const [userId, version] of Object.entries(versions)) this.learn(userId, version, now);
    if (this.unsureSince !== null && this.unsureSince <= requestedAt) this.unsureSince = null;
  }

  /** Whether a snapshot is still needed. */
  get unsure(): boolean {
    return this.unsureSince !== null;
  }

  forgetOld(now = Date.now()): void {
    for (const [userId, known] of this.versions)
      if (now - known.learnedAt > FORGET_AFTER_MS) this.versions.delete(userId);
  }

  get size(): number {
    return this.versions.size;
  }
}

/** Parses a STAFF_TOKENS_REVOKED_CHANNEL payload (`{"userId","version"}`); null when malformed. */
export function parseRevocation(payload: string): { userId: string; version: number } | null {
  try {
    const parsed = JSON.parse(payload) as { userId?: unknown; version?: unknown };
    if (typeof parsed.userId === 'string' && typeof parsed.version === 'number' && Number.isInteger(parsed.version)) {
      return { userId: parsed.userId, version: parsed.version };
    }
  } catch {
    /* malformed */
  }
  return null;
}

/**
 * Keeps `versions` in step after the listener (re)connected: marks the gap, then loads identity's
 * snapshot (GET /internal/staff-token-versions), retrying with back-off until it succeeds or a newer
 * resync takes over. `changed` runs after each load (and after a failed first try, when staff
 * tokens from before the gap start being refused), so live sockets can be closed.
 */
export function staffRevocationSync(options: {
  versions: StaffTokenVersions;
  identityInternalUrl: string;
  signer: ServiceSigner;
  changed: () => void;
  log?: (message: string) => void;
}) {
  const log = options.log ?? ((message: string) => console.error(`[gateway] ${message}`));
  let generation = 0;
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;

  async function attempt(mine: number, requestedAt: number, tries: number): Promise<void> {
    if (stopped || mine !== generation) return;
    try {
      const url = new URL('/internal/staff-token-versions', options.identityInternalUrl);
      const res = await fetch(url, {
        headers: {
          [SIGNATURE_HEADER]: options.signer.sign('identity', { method: 'GET', path: url.pathname, body: '' }),
        },
        signal: AbortSignal.timeout(5000),
      });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      const body = (await res.json()) as { versions: Record<string, number> };
      if (mine !== generation) return;
      options.versions.snapshot(body.versions, requestedAt);
      options.changed();
    } catch (error) {
      if (stopped || mine !== generation) return;
      log(
        `could not load staff token versions from identity (${error instanceof Error ? error.message : String(error)}); staff tokens issued before now are refused until it answers`,
      );
      if (tries === 0) options.changed();
      timer = setTimeout(() => void attempt(mine, Date.now(), tries + 1), Math.min(10_000, 500 * 2 ** tries));
      timer.unref();
    }
  }

  return {
    /** Call once the listener listens (at start-up and after every reconnect). */
    resync(): Promise<void> {
      if (timer) clearTimeout(timer);
      timer = null;
      generation += 1;
      const requestedAt = Date.now();
      options.versions.lostTrack(requestedAt);
      return attempt(generation, requestedAt, 0);
    },
    stop(): void {
      stopped = true;
      if (timer) clearTimeout(timer);
    },
  };
}
