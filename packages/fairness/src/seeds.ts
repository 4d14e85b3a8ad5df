/**
 * Seed handling for the provably-fair scheme (docs/architecture.md §5, docs/provably-fair.md).
 *
 * - The server seed is 32 bytes from the CSPRNG written as 64 lowercase hex characters. The HMAC key
 *   is that hex *string* (its UTF-8 bytes), not the 32 decoded bytes — the industry's convention, so
 *   public verifiers reproduce our bets.
 * - Its commitment is SHA-256 over the same string, shown to the player before any bet.
 * - The client seed is chosen by the player. It goes into the HMAC message `${clientSeed}:${nonce}:${round}`,
 *   so it must not contain ':' (a seed `a:1` with nonce 2 would collide with seed `a` and nonce `1:2`).
 */
import { createHash, randomBytes } from 'node:crypto';

/** A client seed the player proposed that the scheme cannot accept. */
export class InvalidClientSeedError extends RangeError {
  readonly code = 'INVALID_CLIENT_SEED';
  constructor(message: string) {
    super(message);
    this.name = 'InvalidClientSeedError';
  }
}

export const CLIENT_SEED_MAX_LENGTH = 64;

const SERVER_SEED = /^[0-9a-f]{64}$/;
// Visible ASCII (0x21–0x7E) except ':'. Spaces are refused too: a trailing space a player cannot see
// would make their own re-computation disagree with ours.
const CLIENT_SEED = /^[\x21-\x39\x3b-\x7e]+$/;

/** A fresh secret server seed: 32 CSPRNG bytes as 64 lowercase hex characters. */
export function newServerSeed(): string {
  return randomBytes(32).toString('hex');
}

/** A default client seed for a player who has not picked one: 12 CSPRNG bytes as 16 base64url characters. */
export function newClientSeed(): string {
  return randomBytes(12).toString('base64url');
}

/** The public commitment to a server seed: SHA-256 of the seed string (UTF-8), lowercase hex. */
export function hashServerSeed(serverSeed: string): string {
  return createHash('sha256').update(serverSeed, 'utf8').digest('hex');
}

/** True for a well-formed server seed (64 lowercase hex characters). */
export function isServerSeed(serverSeed: string): boolean {
  return SERVER_SEED.test(serverSeed);
}

/** True for a client seed the scheme accepts (see validateClientSeed). */
export function isClientSeed(clientSeed: string): boolean {
  return clientSeed.length > 0 && clientSeed.length <= CLIENT_SEED_MAX_LENGTH && CLIENT_SEED.test(clientSeed);
}

/**
 * Returns the client seed unchanged when acceptable: 1..64 visible ASCII characters (0x21–0x7E) without ':'.
 * Throws InvalidClientSeedError otherwise.
 */
export function validateClientSeed(clientSeed: unknown): string {
  if (typeof clientSeed !== 'string' || clientSeed.length === 0) {
    throw new InvalidClientSeedError('The client seed must be a non-empty string.');
  }
  if (clientSeed.length > CLIENT_SEED_MAX_LENGTH) {
    throw new InvalidClientSeedError(`The client seed must be at most ${CLIENT_SEED_MAX_LENGTH} characters.`);
  }
  if (!CLIENT_SEED.test(clientSeed)) {
    throw new InvalidClientSeedError(
      "The client seed may only contain visible ASCII characters (no spaces) and no ':'.",
    );
  }
  return clientSeed;
}
