const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,30}[a-z0-9])?$/;

/** The tenant `/` redirects to (read at request time). */
export function defaultTenantSlug(): string {
  const value = process.env.DEFAULT_TENANT_SLUG?.trim() || 'aurora';
  if (!SLUG.test(value)) throw new Error(`DEFAULT_TENANT_SLUG must be a tenant slug, got "${value}".`);
  return value;
}

/** A syntactically valid tenant slug (anything else can't be a tenant and is a 404). */
export function isTenantSlug(value: string): boolean {
  return SLUG.test(value);
}
