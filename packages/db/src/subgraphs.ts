/** Every subgraph owns exactly one Postgres schema of the same name. */
export const SUBGRAPHS = ['identity', 'wallet', 'games', 'bonus', 'jackpot', 'tournament', 'compliance'] as const;
export type SubgraphName = (typeof SUBGRAPHS)[number];

/** Default HTTP ports, one per process, used by `npm start` and the tests' platform runner. */
export const DEFAULT_PORTS: Record<SubgraphName | 'gateway' | 'player' | 'admin' | 'postgres', number> = {
  postgres: 54329,
  gateway: 4000,
  identity: 4101,
  wallet: 4102,
  games: 4103,
  bonus: 4104,
  jackpot: 4105,
  tournament: 4106,
  compliance: 4107,
  player: 3000,
  admin: 3001,
};
