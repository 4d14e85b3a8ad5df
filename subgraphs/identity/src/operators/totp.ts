import { Secret, TOTP } from 'otpauth';

/**
 * RFC 6238 TOTP as every authenticator app speaks it: SHA-1, 6 digits, 30-second steps, with one
 * step of clock drift either way. A code is accepted once: the caller stores the accepted step and
 * passes it back as `lastStep`, so a code seen over someone's shoulder cannot be replayed.
 */
const PERIOD_SECONDS = 30;
export const TOTP_ISSUER = 'CasinoX';

function totp(secret: string, label = 'operator'): TOTP {
  return new TOTP({
    issuer: TOTP_ISSUER,
    label,
    secret: Secret.fromBase32(secret),
    algorithm: 'SHA1',
    digits: 6,
    period: PERIOD_SECONDS,
  });
}

/** 160 random bits (RFC 4226's recommended size), base32 as authenticator apps expect. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The `otpauth://` URL an authenticator app scans from a QR code. */
export function totpUrl(secret: string, accountName: string): string {
  return totp(secret, accountName).toString();
}

/** The code for a moment (tests and tools; the service only verifies). */
export function totpCode(secret: string, at = Date.now()): string {
  return totp(secret).generate({ timestamp: at });
}

/** The accepted time step, or null for a wrong, stale or replayed code. */
export function verifyTotpCode(
  secret: string,
  code: string,
  options: { at: number; lastStep: number | null },
): number | null {
  const delta = totp(secret).validate({ token: code, timestamp: options.at, window: 1 });
  if (delta === null) return null;
  const step = Math.floor(options.at / 1000 / PERIOD_SECONDS) + delta;
  if (options.lastStep !== null && step <= options.lastStep) return null;
  return step;
}
