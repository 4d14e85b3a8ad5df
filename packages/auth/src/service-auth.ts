import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { AuthError } from './errors.js';

/**
 * Service-to-service authentication (docs/security.md, "Service calls"). Each calling service has
 * its own key; a service it calls holds only the key derived for that pair, so no callee can sign
 * as its caller towards anyone else. Every request is signed: method, path, a digest of the body,
 * the forwarded headers, a timestamp and a nonce; the callee refuses stale and replayed requests.
 */
export const SIGNATURE_HEADER = 'x-casinox-signature';

/** Headers a signature covers besides the body: what the gateway forwards about the client. */
export const SIGNED_HEADERS = ['authorization', 'x-casinox-client-ip', 'x-request-id'] as const;

const VERSION = 'v1';
const MAX_SKEW_SECONDS = 30;
/** A signature is remembered this long after it arrived; older ones are stale anyway. */
const REPLAY_MEMORY_MS = 2 * MAX_SKEW_SECONDS * 1000 + 1000;
/** Past this many remembered signatures the callee refuses (fails closed) rather than forgets. */
const MAX_REMEMBERED = 1_000_000;
const NAME = /^[a-z][a-z0-9-]{0,31}$/;

/** The key a callee holds for one caller: HMAC of the callee's name under the caller's own key. */
export function derivePairKey(callerKey: string, callee: string): string {
  return createHmac('sha256', callerKey).update(`casinox-service-pair:${callee}`).digest('hex');
}

type HeaderSource = Record<string, string | string[] | undefined> | ((name: string) => string | null | undefined);

function headerValue(headers: HeaderSource | undefined, name: string): string {
  if (!headers) return '';
  const value = typeof headers === 'function' ? headers(name) : headers[name];
  return (Array.isArray(value) ? value.join(', ') : value) ?? '';
}

function canonical(parts: {
  caller: string;
  callee: string;
  method: string;
  path: string;
  timestamp: number;
  nonce: string;
  body: Buffer | string;
  headers?: HeaderSource;
}): string {
  const digest = createHash('sha256').update(parts.body).digest('hex');
  const signed = SIGNED_HEADERS.map((name) => `${name}:${headerValue(parts.headers, name)}`).join('\n');
  return [
    VERSION,
    parts.caller,
    parts.callee,
    parts.method.toUpperCase(),
    parts.path,
    parts.timestamp,
    parts.nonce,
    digest,
    signed,
  ].join('\n');
}

const mac = (key: string, text: string) => createHmac('sha256', key).update(text).digest('base64url');

/** Signs a caller's requests; one per calling service. */
export class ServiceSigner {
  private readonly pairKeys = new Map<string, string>();

  constructor(
    readonly caller: string,
    private readonly key: string,
  ) {
    if (!NAME.test(caller)) throw new Error(`Bad service name ${caller}.`);
    if (key.length < 32) throw new Error(`The service key of ${caller} must be at least 32 characters.`);
  }

  /** The signature header for one request to `callee` (the body exactly as sent, the headers as sent). */
  sign(
    callee: string,
    request: { method: string; path: string; body: Buffer | string; headers?: HeaderSource },
    now = Date.now(),
  ): string {
    let pairKey = this.pairKeys.get(callee);
    if (!pairKey) this.pairKeys.set(callee, (pairKey = derivePairKey(this.key, callee)));
    const timestamp = Math.floor(now / 1000);
    const nonce = randomBytes(12).toString('base64url');
    const signature = mac(pairKey, canonical({ caller: this.caller, callee, timestamp, nonce, ...request }));
    return `${VERSION} ${this.caller} ${timestamp} ${nonce} ${signature}`;
  }
}

/** What a callee's SERVICE_CALLERS holds (`caller:pairKey,…`, read by envField.serviceCallers): the callee's SERVICE_CALLERS for the given callers' own keys. */
export function callerKeysFor(callee: string, callerKeys: Record<string, string>): string {
  return Object.entries(callerKeys)
    .map(([caller, key]) => `${caller}:${derivePairKey(key, callee)}`)
    .join(',');
}

/** Checks signatures on the callee's side and remembers them until they are stale. */
export class ServiceVerifier {
  private readonly seen = new Map<string, number>();

  constructor(
    readonly callee: string,
    private readonly callers: Record<string, string>,
  ) {}

  /** Returns the calling service's name, or throws AuthError (UNAUTHENTICATED). */
  verify(
    request: { method: string; path: string; body: Buffer | string; headers: HeaderSource },
    now = Date.now(),
  ): string {
    const header = headerValue(request.headers, SIGNATURE_HEADER);
    if (!header) throw new AuthError('UNAUTHENTICATED', 'Service authentication required.');
    const [version, caller, rawTimestamp, nonce, signature, extra] = header.split(' ');
    const timestamp = Number(rawTimestamp);
    if (
      version !== VERSION ||
      !caller ||
      !nonce ||
      !signature ||
      extra !== undefined ||
      !Number.isSafeInteger(timestamp)
    ) {
      throw new AuthError('UNAUTHENTICATED', 'Malformed service signature.');
    }
    const pairKey = Object.hasOwn(this.callers, caller) ? this.callers[caller] : undefined;
    if (!pairKey) throw new AuthError('UNAUTHENTICATED', 'Unknown calling service.');
    if (Math.abs(now / 1000 - timestamp) > MAX_SKEW_SECONDS)
      throw new AuthError('UNAUTHENTICATED', 'Service signature expired.');
    const expected = Buffer.from(
      mac(
        pairKey,
        canonical({
          caller,
          callee: this.callee,
          method: request.method,
          path: request.path,
          timestamp,
          nonce,
          body: request.body,
          headers: request.headers,
        }),
      ),
    );
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given))
      throw new AuthError('UNAUTHENTICATED', 'Bad service signature.');
    this.remember(`${caller} ${nonce}`, now);
    return caller;
  }

  private remember(id: string, now: number): void {
    // Insertion order is arrival order, so the stale ones are at the front.
    for (const [old, expiry] of this.seen) {
      if (expiry > now) break;
      this.seen.delete(old);
    }
    if (this.seen.has(id)) throw new AuthError('UNAUTHENTICATED', 'Replayed service request.');
    if (this.seen.size >= MAX_REMEMBERED)
      throw new AuthError('UNAUTHENTICATED', 'Too many service requests to check for replays.');
    this.seen.set(id, now + REPLAY_MEMORY_MS);
  }
}
