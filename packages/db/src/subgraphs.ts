/**
 * The subgraph registry: every list of subgraphs in the platform derives from this table (roles
 * and schemas, migrations, `npm start`, the gateway's URLs and readiness, service-call keys, the
 * test platform, the benchmarks; docker-compose.yml is checked against it by `npm run check:drift`).
 * A new subgraph is its folder `subgraphs/<name>` (exporting `./subgraph` and `./migrations`) plus
 * one line here. This file imports nothing, so any process may read it (the gateway does).
 */
export const SUBGRAPH_REGISTRY = {
  // Identity first: everyone else verifies tokens against its JWKS.
  identity: { port: 4101, critical: true, calls: [] },
  wallet: { port: 4102, critical: true, calls: [] },
  games: { port: 4103, critical: true, calls: ['wallet'] },
  bonus: { port: 4104, critical: false, calls: ['wallet'] },
  jackpot: { port: 4105, critical: false, calls: ['wallet'] },
  tournament: { port: 4106, critical: false, calls: [] },
  compliance: { port: 4107, critical: false, calls: [] },
} as const satisfies Record<string, SubgraphEntry>;

export interface SubgraphEntry {
  /** The public listener (GraphQL from the gateway); the internal listener is this + 100. */
  port: number;
  /** Whether the gateway is not ready while this subgraph is not (players cannot sign in, pay or bet without it). */
  critical: boolean;
  /** Subgraphs whose internal listener this one calls: it gets a SERVICE_KEY and `<CALLEE>_INTERNAL_URL`. */
  calls: readonly string[];
}

/** Every subgraph owns exactly one Postgres schema of the same name. */
export type SubgraphName = keyof typeof SUBGRAPH_REGISTRY;
export const SUBGRAPHS = Object.keys(SUBGRAPH_REGISTRY) as SubgraphName[];

/** The internal listener's port (service-to-service routes only). */
export const internalPort = (name: SubgraphName) => SUBGRAPH_REGISTRY[name].port + 100;
/** The process `npm start`, the benchmarks and docker-compose.yml run for a subgraph. */
export const subgraphEntry = (name: SubgraphName) => `subgraphs/${name}/src/index.ts`;

type Calling = {
  [N in SubgraphName]: (typeof SUBGRAPH_REGISTRY)[N]['calls'] extends readonly [] ? never : N;
}[SubgraphName];
/** The services that call others, each with a key of its own (SERVICE_KEY). */
export type CallingService = 'gateway' | Calling;
export const CALLING_SERVICES = [
  'gateway',
  ...SUBGRAPHS.filter((name) => SUBGRAPH_REGISTRY[name].calls.length > 0),
] as CallingService[];

/**
 * Who calls whom: each service's SERVICE_CALLERS lists exactly these callers — the gateway (GraphQL)
 * and every subgraph that `calls` it. What each caller may do there is the callee's own decision
 * (e.g. WALLET_CALLERS in the wallet).
 */
export const CALLERS_OF = Object.fromEntries(
  SUBGRAPHS.map((callee) => [
    callee,
    [
      'gateway',
      ...SUBGRAPHS.filter((caller) => (SUBGRAPH_REGISTRY[caller].calls as readonly string[]).includes(callee)),
    ],
  ]),
) as unknown as Record<SubgraphName, readonly CallingService[]>;

/** Default HTTP ports, one per process, used by `npm start` and the tests' platform runner. */
export const DEFAULT_PORTS = {
  postgres: 54329,
  gateway: 4000,
  player: 3000,
  admin: 3001,
  ...(Object.fromEntries(SUBGRAPHS.map((name) => [name, SUBGRAPH_REGISTRY[name].port])) as Record<
    SubgraphName,
    number
  >),
} satisfies Record<string, number>;
