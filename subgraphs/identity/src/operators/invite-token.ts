import { SLUG_PATTERN } from '../shared/validation.js';

/**
 * Invite tokens read `cxi_<tenantSlug>_<secret>`. The slug lets the service scope the lookup to
 * the tenant (row-level security needs it before any row is read); the secret is 32 random
 * bytes, stored only as a SHA-256 hash. Slugs never contain `_`, so the split is unambiguous.
 */
const PREFIX = 'cxi';
const SECRET = /^[A-Za-z0-9_-]{43}$/;

export function formatInviteToken(tenantSlug: string, secret: string): string {
  return `${PREFIX}_${tenantSlug}_${secret}`;
}

export function parseInviteToken(token: string): { tenantSlug: string; secret: string } | null {
  const prefix = `${PREFIX}_`;
  if (!token.startsWith(prefix)) return null;
  const rest = token.slice(prefix.length);
  const separator = rest.indexOf('_');
  if (separator < 0) return null;
  const tenantSlug = rest.slice(0, separator);
  const secret = rest.slice(separator + 1);
  if (!SLUG_PATTERN.test(tenantSlug) || !SECRET.test(secret)) return null;
  return { tenantSlug, secret };
}
