import { CodedError } from '@casinox/graphql';

const MAX_LENGTH = 400;
// Whitespace, backslashes and control characters (tested by code point: a regex of them trips the linter).
const isUnsafe = (text: string) =>
  /[\s\\]/.test(text) || [...text].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f);

const invalid = (why: string) => new CodedError('INVALID_RETURN_URL', `returnUrl ${why}.`, { field: 'returnUrl' });

/**
 * Where the provider's checkout may send the player back to: only the player site. A path
 * (`/aurora/wallet`) is resolved against the player site's URL; an absolute URL must be on the
 * player site's own origin (and under its base path). Anything else — another host, a
 * protocol-relative `//host`, backslashes, credentials, `javascript:` — is INVALID_RETURN_URL, so
 * the checkout can never become an open redirect. Null when none was asked for. Pure.
 */
export function resolveReturnUrl(input: string | null | undefined, playerSiteUrl: string | null): string | null {
  if (input === null || input === undefined || input === '') return null;
  if (input.length > MAX_LENGTH) throw invalid(`must be at most ${MAX_LENGTH} characters`);
  if (isUnsafe(input)) throw invalid('must not contain spaces, backslashes or control characters');
  if (!playerSiteUrl) throw invalid('cannot be used: this wallet has no player site configured (PLAYER_APP_URL)');
  const site = new URL(playerSiteUrl);
  const relative = input.startsWith('/') && !input.startsWith('//');
  let target: URL;
  try {
    target = new URL(input, relative ? site : undefined);
  } catch {
    throw invalid('must be a path on the player site or a URL of it');
  }
  if (!relative && !/^[a-z][a-z0-9+.-]*:\/\//i.test(input))
    throw invalid('must be a path on the player site or a URL of it');
  if (target.origin !== site.origin || target.username || target.password)
    throw invalid('must point to the player site');
  const base = site.pathname.endsWith('/') ? site.pathname : `${site.pathname}/`;
  if (base !== '/' && !`${target.pathname}/`.startsWith(base)) throw invalid('must point to the player site');
  target.hash = '';
  return target.href;
}
