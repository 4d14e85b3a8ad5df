import { describe, expect, it } from 'vitest';
import { randomSecret } from '../shared/opaque-token.js';
import { formatInviteToken, parseInviteToken } from './invite-token.js';

describe('invite tokens', () => {
  it('round-trips, secrets with _ and - included', () => {
    const secret = `${randomSecret().slice(0, 41)}_-`;
    expect(parseInviteToken(formatInviteToken('neon-palace', secret))).toEqual({ tenantSlug: 'neon-palace', secret });
  });

  it.each([
    ['another prefix', `cxk_aurora_${'a'.repeat(43)}`],
    ['no slug', `cxi__${'a'.repeat(43)}`],
    ['an upper-case slug', `cxi_Aurora_${'a'.repeat(43)}`],
    ['a short secret', 'cxi_aurora_abc'],
    ['garbage', 'hello'],
  ])('rejects %s', (_case, token) => {
    expect(parseInviteToken(token)).toBeNull();
  });
});
