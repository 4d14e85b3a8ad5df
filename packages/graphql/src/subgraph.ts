import 'reflect-metadata';
import { buildSubgraphSchema, type GraphQLResolverMap } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { validateOrReject, type ValidatorOptions } from 'class-validator';
import { type GraphQLSchema, parse, specifiedDirectives } from 'graphql';
import { ArgumentValidationError, buildSchema, type BuildSchemaOptions, createResolversMap } from 'type-graphql';

/** Federation 2 directives our subgraphs may use. */
const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible", "@tag"])';

export type ReferenceResolvers = Record<
  string,
  { __resolveReference: (reference: never, context: never, info: never) => unknown }
>;

export interface SubgraphBuild {
  /** Executable federated schema (with `_service` and `_entities`). */
  schema: GraphQLSchema;
  /** The subgraph SDL as the gateway composes it; printed to `schema.graphql` and committed. */
  sdl: string;
}

const VALIDATOR_OPTIONS: ValidatorOptions = { skipMissingProperties: true, forbidUnknownValues: false };
const validatable = (value: unknown): value is object => value !== null && typeof value === 'object';

/**
 * class-validator on every input object argument, as type-graphql's built-in validation does, but
 * with the module imported once: the built-in one runs `await import('class-validator')` on every
 * argument of every call (~10 % of the games process's CPU on a bet, profiled).
 */
async function validateArgument(value: unknown): Promise<void> {
  if (!validatable(value)) return;
  try {
    await Promise.all(
      (Array.isArray(value) ? value.filter(validatable) : [value]).map((item) =>
        validateOrReject(item, VALIDATOR_OPTIONS),
      ),
    );
  } catch (error) {
    throw new ArgumentValidationError(error as ConstructorParameters<typeof ArgumentValidationError>[0]);
  }
}

/**
 * Turns type-graphql resolvers into an Apollo Federation 2 subgraph:
 * build with type-graphql (skipping its own check: `_entities` does not exist yet), print with
 * directives (graphql's printSchema would drop `@key`), prepend the Federation 2 `@link`, and
 * hand typeDefs + resolvers (+ `__resolveReference`s) to @apollo/subgraph in its array form.
 */
export async function buildFederatedSchema(
  options: Omit<BuildSchemaOptions, 'skipCheck'>,
  referenceResolvers: ReferenceResolvers = {},
): Promise<SubgraphBuild> {
  const typeGraphqlSchema = await buildSchema({
    validateFn: validateArgument,
    ...options,
    directives: [...specifiedDirectives, ...(options.directives ?? [])],
    skipCheck: true,
  });
  const printed = printSchemaWithDirectives(typeGraphqlSchema)
    // Root types use their default names, so the schema block is noise for composition…
    .replace(/schema \{[^}]*\}\n*/, '')
    // …and a subgraph with nothing to serve yet has an empty Query, which is not valid SDL.
    .replace(/^type Query\s*$/m, '');
  const sdl = `${FEDERATION_LINK}\n\n${printed.trim()}`;
  const resolvers = createResolversMap(typeGraphqlSchema) as GraphQLResolverMap<unknown>;
  for (const [typeName, reference] of Object.entries(referenceResolvers)) {
    resolvers[typeName] = { ...(resolvers[typeName] as object), ...reference } as GraphQLResolverMap<unknown>[string];
  }
  const schema = buildSubgraphSchema([{ typeDefs: parse(sdl), resolvers }]);
  return { schema, sdl: `${sdl.trim()}\n` };
}
