import { describe, expect, it } from 'vitest';
import { brandingStyle, DEFAULT_BRANDING, isBrandColour, readableOn, safeColour } from './branding';

describe('safeColour', () => {
  it.each([
    ['#1e40af', '#1e40af'],
    [' #ABC ', '#ABC'],
    ['#11223344', '#11223344'],
    ['red', '#000000'],
    ['#12', '#000000'],
    ['#fff; background: url(x)', '#000000'],
    ['', '#000000'],
    [null, '#000000'],
  ])('%s → %s', (value, expected) => {
    expect(safeColour(value, '#000000')).toBe(expected);
  });
});

describe('isBrandColour (what the identity API accepts)', () => {
  it.each([
    ['#1e40af', true],
    ['#1E40AF', true],
    ['#abc', false],
    ['1e40af', false],
    ['#1e40afff', false],
  ])('%s → %s', (value, expected) => {
    expect(isBrandColour(value)).toBe(expected);
  });
});

describe('readableOn', () => {
  it.each([
    ['#000000', '#ffffff'],
    ['#ffffff', '#0b0b0f'],
    ['#22d3ee', '#0b0b0f'],
    ['#6d28d9', '#ffffff'],
    ['#fff', '#0b0b0f'],
  ])('text on %s is %s', (background, expected) => {
    expect(readableOn(background)).toBe(expected);
  });
});

describe('brandingStyle', () => {
  it('maps the branding to the theme variables', () => {
    expect(
      brandingStyle({
        primaryColor: '#111111',
        accentColor: '#222222',
        backgroundColor: '#333333',
        textColor: '#444444',
        logoText: 'X',
        tagline: null,
      }),
    ).toEqual({
      '--color-brand': '#111111',
      '--color-brand-on': '#ffffff',
      '--color-brand-accent': '#222222',
      '--color-brand-accent-on': '#ffffff',
      '--color-brand-bg': '#333333',
      '--color-brand-fg': '#444444',
    });
  });

  it('falls back to the defaults for missing or unsafe colours', () => {
    expect(brandingStyle({ primaryColor: 'expression(alert(1))' })).toMatchObject({
      '--color-brand': DEFAULT_BRANDING.primaryColor,
    });
    expect(brandingStyle(null)).toMatchObject({ '--color-brand-bg': DEFAULT_BRANDING.backgroundColor });
  });
});
