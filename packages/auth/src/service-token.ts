import { createHmac, timingSafeEqual } from 'node:crypto';
import { AuthError } from './errors.js';

/**
 * Service-to-service authentication for internal endpoints that are never exposed through the
 * gateway (API-key exchange, the wallet's transfer API). A short-lived HMAC over the caller's
 * name and a timestamp, keyed by a secret only the services share.
 */
const HEADER_PREFIX = 'Service ';
const MAX_SKEW_SECONDS = 60;

function sign(secret: string, caller: string, timestamp: number): string {
  return createHmac('sha256', secret).update(`${caller}.${timestamp}`).digest('base64url');
}

export function serviceAuthorization(secret: string, caller: string, now = Date.now()): string {
  const timestamp = Math.floor(now / 1000);
  return `${HEADER_PREFIX}${caller}.${timestamp}.${sign(secret, caller, timestamp)}`;
}

/** Returns the calling service's name, or throws. */
export function verifyServiceAuthorization(secret: string, header: string | null | undefined, now = Date.now()): string {
  if (!header?.startsWith(HEADER_PREFIX)) throw new AuthError('UNAUTHENTICATED', 'Service authorization required.');
  const [caller, rawTimestamp, signature] = header.slice(HEADER_PREFIX.length).split('.');
  const timestamp = Number(rawTimestamp);
  if (!caller || !signature || !Number.isInteger(timestamp)) throw new AuthError('UNAUTHENTICATED', 'Malformed service authorization.');
  if (Math.abs(now / 1000 - timestamp) > MAX_SKEW_SECONDS) throw new AuthError('UNAUTHENTICATED', 'Service authorization expired.');
  const expected = Buffer.from(sign(secret, caller, timestamp));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    throw new AuthError('UNAUTHENTICATED', 'Bad service authorization.');
  }
  return caller;
}
