import type { MigrationList, SubgraphName } from '@casinox/db';
import type { SubgraphBuild } from './subgraph.js';

/** A started subgraph, as every runner (npm start's processes, the test platform) sees it. */
export interface StartedSubgraph {
  url: string;
  port: number;
  internalUrl?: string | null;
  stop(): Promise<void>;
}

/**
 * What each subgraph exports as `@casinox/<name>/subgraph`: the parts the tooling and the runners
 * need (schema builder, entities, migrations, env loader, starter), found by the registry's name.
 */
export interface SubgraphModule<TEnv = never> {
  name: SubgraphName;
  buildSchema(): Promise<SubgraphBuild>;
  entities: unknown[];
  migrations: MigrationList;
  loadEnv(source?: Record<string, string | undefined>): TEnv;
  start(env: TEnv): Promise<StartedSubgraph>;
}

/** Declares a subgraph's module (keeps the env type of its loader and starter together). */
export const defineSubgraph = <TEnv>(module: SubgraphModule<TEnv>): SubgraphModule<TEnv> => module;

/** Loads a subgraph's module by the registry's convention (this package sits below the subgraphs). */
export async function loadSubgraphModule(name: SubgraphName): Promise<SubgraphModule<unknown>> {
  const loaded = (await import(`@casinox/${name}/subgraph`)) as { subgraph: SubgraphModule<unknown> };
  if (loaded.subgraph?.name !== name)
    throw new Error(`@casinox/${name}/subgraph must export \`subgraph\` named '${name}'`);
  return loaded.subgraph;
}

/** Starts a subgraph from an env record, as its index.ts does from process.env. */
export async function startFromEnv(
  name: SubgraphName,
  env: Record<string, string | undefined>,
): Promise<StartedSubgraph> {
  const module = await loadSubgraphModule(name);
  return module.start(module.loadEnv(env));
}
