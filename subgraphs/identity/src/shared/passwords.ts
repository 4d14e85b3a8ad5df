import { type Algorithm, hash, verify } from '@node-rs/argon2';

/**
 * argon2id with OWASP's baseline (19 MiB, 2 passes, 1 lane): ~5 ms here, enough to make offline
 * guessing expensive without letting a login flood pin the CPU (the rate limiter caps that).
 */
const ARGON2ID = 2 as Algorithm; // a const enum in the typings, which isolatedModules cannot read
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

let decoy: Promise<string> | undefined;

/**
 * Verifies a password. With no stored hash (unknown email, invited user without a password) it
 * still runs one argon2 verification against a decoy, so response time does not reveal whether
 * an account exists.
 */
export async function verifyPassword(storedHash: string | null | undefined, password: string): Promise<boolean> {
  if (!storedHash) {
    decoy ??= hash('decoy-password-for-timing', OPTIONS);
    await verify(await decoy, password).catch(() => false);
    return false;
  }
  try {
    return await verify(storedHash, password);
  } catch {
    return false;
  }
}
