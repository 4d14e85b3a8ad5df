import type { CSSProperties } from 'react';

export interface Branding {
  primaryColor: string;
  accentColor: string;
  backgroundColor: string;
  textColor: string;
  logoText: string;
  tagline: string | null;
}

const HEX_COLOUR = /^#(?:[0-9a-f]{3}|[0-9a-f]{4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;

/** Only plain hex colours reach a style attribute: anything else falls back to the default. */
export function safeColour(value: string | null | undefined, fallback: string): string {
  return value && HEX_COLOUR.test(value.trim()) ? value.trim() : fallback;
}

export const DEFAULT_BRANDING: Branding = {
  primaryColor: '#6d28d9',
  accentColor: '#f59e0b',
  backgroundColor: '#0f172a',
  textColor: '#f8fafc',
  logoText: 'CasinoX',
  tagline: null,
};

function luminance(hex: string): number {
  const full = hex.length === 4 ? `#${[...hex.slice(1)].map((c) => c + c).join('')}` : hex.slice(0, 7);
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(full.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Black or white, whichever reads better on `background` (WCAG contrast). */
export function readableOn(background: string): string {
  const l = luminance(background);
  return (l + 0.05) / 0.05 > 1.05 / (l + 0.05) ? '#0b0b0f' : '#ffffff';
}

/**
 * The CSS custom properties Tailwind's `@theme` colours read (`bg-brand`, `text-brand-fg`…).
 * Set on a wrapper element, they restyle everything below it the moment they change.
 */
export function brandingStyle(branding: Partial<Branding> | null | undefined): CSSProperties {
  const b = branding ?? {};
  const primary = safeColour(b.primaryColor, DEFAULT_BRANDING.primaryColor);
  const accent = safeColour(b.accentColor, DEFAULT_BRANDING.accentColor);
  return {
    '--color-brand': primary,
    '--color-brand-on': readableOn(primary),
    '--color-brand-accent': accent,
    '--color-brand-accent-on': readableOn(accent),
    '--color-brand-bg': safeColour(b.backgroundColor, DEFAULT_BRANDING.backgroundColor),
    '--color-brand-fg': safeColour(b.textColor, DEFAULT_BRANDING.textColor),
  } as CSSProperties;
}

export function isHexColour(value: string): boolean {
  return HEX_COLOUR.test(value.trim());
}

/** What the identity API accepts for a brand colour: exactly `#rrggbb`. */
export function isBrandColour(value: string): boolean {
  return /^#[0-9a-f]{6}$/i.test(value.trim());
}
