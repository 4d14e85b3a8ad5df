import { SLUG_PATTERN } from '../shared/validation.js';

/**
 * Partner keys read `cxk_<tenantSlug>_<keyId>_<secret>`:
 *  - `cxk_` makes leaked keys easy to spot (secret scanners, logs);
 *  - the tenant slug lets the exchange scope its lookup to the tenant before reading any row
 *    (row-level security needs the tenant first), and slugs never change;
 *  - `keyId` (12 hex characters) is public and finds the row; it is shown in the key list;
 *  - the secret is 32 random bytes, base64url (43 characters), stored only as a SHA-256 hash.
 * Neither slugs nor key ids contain `_`, so splitting on the first three is unambiguous even
 * though base64url secrets may contain `_`.
 */
const PREFIX = 'cxk';
const KEY_ID = /^[0-9a-f]{12}$/;
const SECRET = /^[A-Za-z0-9_-]{43}$/;
export const KEY_ID_LENGTH = 12;

export interface ParsedApiKey {
  tenantSlug: string;
  keyId: string;
  secret: string;
}

export function formatApiKey(tenantSlug: string, keyId: string, secret: string): string {
  return `${PREFIX}_${tenantSlug}_${keyId}_${secret}`;
}

/** The non-secret part shown in lists, e.g. `cxk_aurora_0a1b2c3d4e5f`. */
export function apiKeyPrefix(tenantSlug: string, keyId: string): string {
  return `${PREFIX}_${tenantSlug}_${keyId}`;
}

export function parseApiKey(value: string): ParsedApiKey | null {
  const parts = value.trim().split('_');
  if (parts.length < 4 || parts[0] !== PREFIX) return null;
  const [, tenantSlug = '', keyId = ''] = parts;
  const secret = parts.slice(3).join('_');
  if (!SLUG_PATTERN.test(tenantSlug) || !KEY_ID.test(keyId) || !SECRET.test(secret)) return null;
  return { tenantSlug, keyId, secret };
}
