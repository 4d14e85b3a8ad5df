import type { TenantBrandingData } from './tenant.entity.js';

/** A neutral, readable look for a tenant created without branding; operators restyle it later. */
export function defaultBranding(name: string): TenantBrandingData {
  return {
    primaryColor: '#2563eb',
    accentColor: '#f59e0b',
    backgroundColor: '#0f172a',
    textColor: '#f8fafc',
    logoText: name.slice(0, 32),
    tagline: null,
  };
}

/** Stored colours are lower-case, so equal colours compare equal. */
export function normaliseBranding(branding: TenantBrandingData): TenantBrandingData {
  return {
    primaryColor: branding.primaryColor.toLowerCase(),
    accentColor: branding.accentColor.toLowerCase(),
    backgroundColor: branding.backgroundColor.toLowerCase(),
    textColor: branding.textColor.toLowerCase(),
    logoText: branding.logoText.trim(),
    tagline: branding.tagline?.trim() || null,
  };
}
