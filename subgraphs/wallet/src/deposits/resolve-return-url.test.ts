import { describe, expect, it } from 'vitest';
import { resolveReturnUrl } from './resolve-return-url.js';

const SITE = 'http://127.0.0.1:3000';

describe('resolveReturnUrl', () => {
  it.each([
    ['nothing', undefined, SITE, null],
    ['an empty string', '', SITE, null],
    ['a path', '/aurora/wallet', SITE, 'http://127.0.0.1:3000/aurora/wallet'],
    ['a path with a query', '/aurora/wallet?tab=history', SITE, 'http://127.0.0.1:3000/aurora/wallet?tab=history'],
    ['a URL of the player site', 'http://127.0.0.1:3000/neon/wallet', SITE, 'http://127.0.0.1:3000/neon/wallet'],
    ['a fragment (dropped)', '/aurora/wallet#top', SITE, 'http://127.0.0.1:3000/aurora/wallet'],
    [
      'a path under a site with a base path',
      '/play/aurora/wallet',
      'https://casino.example/play',
      'https://casino.example/play/aurora/wallet',
    ],
  ])('accepts %s', (_label, input, site, expected) => {
    expect(resolveReturnUrl(input, site)).toBe(expected);
  });

  it.each([
    ['another host', 'https://evil.example/steal', SITE],
    ['another port of the same host', 'http://127.0.0.1:3001/aurora', SITE],
    ['another scheme of the same host', 'https://127.0.0.1:3000/aurora', SITE],
    ['a protocol-relative URL', '//evil.example/steal', SITE],
    ['a backslash trick', '/\\evil.example', SITE],
    ['javascript:', 'javascript:alert(1)', SITE],
    ['a data: URL', 'data:text/html,hi', SITE],
    ['credentials', 'http://user:pw@127.0.0.1:3000/aurora', SITE],
    ['a bare word', 'aurora/wallet', SITE],
    ['a space', '/aurora/ wallet', SITE],
    ['a newline', '/aurora\n/wallet', SITE],
    ['a path outside the base path', '/other/aurora', 'https://casino.example/play'],
    ['a path sharing the base path as a prefix only', '/playground', 'https://casino.example/play'],
    ['a dot-dot escape from the base path', '/play/../admin', 'https://casino.example/play'],
    ['any path when no player site is configured', '/aurora/wallet', null],
    ['a very long path', `/${'a'.repeat(400)}`, SITE],
  ])('refuses %s with INVALID_RETURN_URL', (_label, input, site) => {
    expect(() => resolveReturnUrl(input, site)).toThrow(expect.objectContaining({ code: 'INVALID_RETURN_URL' }));
  });
});
