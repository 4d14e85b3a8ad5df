import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { betErrorFrom, betRefusalMessage } from './bet-problems';

const EUR = { code: 'EUR', scale: 2 };

describe('betRefusalMessage', () => {
  it.each([
    ['INSUFFICIENT_FUNDS', 'Your balance does not cover this stake. Lower the stake or deposit first.'],
    ['GAME_DISABLED', 'This game is switched off at the moment. Pick another one in the lobby.'],
    ['RESPONSIBLE_GAMBLING', 'A responsible-gambling limit or exclusion on your account stops betting right now.'],
    ['ROUND_OPEN', 'You have a round of this game in progress: finish it first.'],
    ['ASSET_NOT_SUPPORTED', 'This game cannot be played in EUR here. Choose another currency.'],
  ])('%s', (code, message) => {
    expect(betRefusalMessage({ code, minStake: null, maxStake: null }, EUR)).toBe(message);
  });

  it('names the limits of a stake outside them, in the asset', () => {
    expect(betRefusalMessage({ code: 'STAKE_OUT_OF_LIMITS', minStake: '10', maxStake: '100000' }, EUR)).toBe(
      'The stake must be between 0.10 EUR and 1,000.00 EUR for this game.',
    );
  });
});

const graphQLError = (code: string, message = 'server text') =>
  new CombinedError({ graphQLErrors: [new GraphQLError(message, { extensions: { code } })] });

describe('betErrorFrom', () => {
  it('SETTLEMENT_PENDING is "settling", to retry with the same key', () => {
    expect(betErrorFrom(graphQLError('SETTLEMENT_PENDING'))).toMatchObject({
      settling: true,
      retryable: true,
      message: expect.stringMatching(/^Settling…/),
    });
  });

  it("shows the server's explanation of a malformed game parameter", () => {
    expect(betErrorFrom(graphQLError('INVALID_PARAMS', "'target' must be between 1.01 and 1,000,000."))).toMatchObject({
      settling: false,
      retryable: false,
      message: "Check the game settings: 'target' must be between 1.01 and 1,000,000.",
    });
  });

  it('a network failure is retryable with the same key', () => {
    expect(betErrorFrom(new CombinedError({ networkError: new Error('offline') }))).toMatchObject({
      code: 'NETWORK_ERROR',
      retryable: true,
      settling: false,
    });
  });

  it('never shows raw server text for other codes', () => {
    expect(betErrorFrom(graphQLError('INTERNAL_SERVER_ERROR', 'stack trace…')).message).not.toContain('stack');
  });
});
