import { describe, expect, it } from 'vitest';
import { formatGatewayError } from './errors.js';

describe('formatGatewayError', () => {
  it('passes a subgraph’s coded error through without naming the service', () => {
    const formatted = formatGatewayError({
      message: 'Money must be an integer.',
      path: ['startDeposit'],
      extensions: { code: 'BAD_USER_INPUT', serviceName: 'wallet' },
    });
    expect(formatted).toEqual({
      message: 'Money must be an integer.',
      path: ['startDeposit'],
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('drops the subgraph URL and raw answer Apollo attaches to a non-2xx answer', () => {
    const formatted = formatGatewayError({
      message: '401: Unauthorized',
      extensions: {
        code: 'UNAUTHENTICATED',
        serviceName: 'wallet',
        response: { url: 'http://wallet:4000/graphql', status: 401, body: {} },
      },
    });
    expect(formatted.extensions).toEqual({ code: 'UNAUTHENTICATED' });
  });

  it('masks uncoded, internal and downstream-uncoded errors', () => {
    for (const extensions of [
      undefined,
      { code: 'INTERNAL_SERVER_ERROR' },
      { code: 'DOWNSTREAM_SERVICE_ERROR', serviceName: 'games' },
    ]) {
      expect(formatGatewayError({ message: 'connect ECONNREFUSED 10.0.0.7:4103', path: ['bet'], extensions })).toEqual({
        message: 'Internal server error.',
        path: ['bet'],
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      });
    }
  });

  it('hides enum value suggestions', () => {
    const formatted = formatGatewayError({
      message: 'Value "CASHBAK" does not exist in "BonusKind" enum. Did you mean the enum value "CASHBACK"?',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    expect(formatted.message).toBe('Value "CASHBAK" does not exist in "BonusKind" enum.');
  });
});
