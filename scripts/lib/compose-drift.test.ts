import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { composeDrift } from './compose-drift.js';

const compose = readFileSync(new URL('../../docker-compose.yml', import.meta.url), 'utf8');

describe('composeDrift', () => {
  it('finds docker-compose.yml in line with the subgraph registry', () => {
    expect(composeDrift(compose)).toEqual([]);
  });

  it.each([
    ['a missing service', compose.replace(/^ {2}tournament:\n/m, '  tournement:\n'), 'no service `tournament`'],
    ['a wrong port', compose.replace('PORT: "4104"', 'PORT: "4199"'), 'service `bonus` lacks PORT: "4104"'],
    [
      'a wrong callee URL',
      compose.replace('http://wallet:4202', 'http://wallet:4102'),
      'WALLET_INTERNAL_URL: http://wallet:4202',
    ],
    [
      'a wrong gateway URL',
      compose.replace('JACKPOT_URL: http://jackpot:4105/graphql', 'JACKPOT_URL: http://jackpot:4005/graphql'),
      'gateway lacks JACKPOT_URL',
    ],
  ])('reports %s', (_, changed, problem) => {
    expect(composeDrift(changed).join('\n')).toContain(problem);
  });
});
