import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { composeServices } from '@apollo/composition';
import { SUBGRAPHS } from '@casinox/db/subgraphs';
import { buildSchema, extendSchema, type GraphQLSchema, lexicographicSortSchema, parse, printSchema } from 'graphql';
import { subscriptionSdl } from './live/topics.js';

const here = dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = join(here, '..', '..');
export const SUPERGRAPH_FILE = join(here, '..', 'supergraph.graphql');
export const API_SCHEMA_FILE = join(here, '..', 'schema.graphql');

/** The URL a subgraph is composed with; the gateway replaces it from its env at run time. */
export const composedUrl = (name: string) => `http://${name}:4000/graphql`;

export interface Composition {
  supergraphSdl: string;
  /** The public API schema plus the gateway's Subscription type — what clients are typed from. */
  apiSchemaSdl: string;
}

/** Composes the supergraph from every subgraph's committed, printed SDL. */
export function composeFromPrintedSdl(readSdl: (name: string) => string = readSubgraphSdl): Composition {
  const result = composeServices(
    SUBGRAPHS.map((name) => ({ name, url: composedUrl(name), typeDefs: parse(readSdl(name)) })),
  );
  if (result.errors) {
    throw new Error(
      `Supergraph composition failed:\n${result.errors.map((error) => `  - ${error.message}`).join('\n')}`,
    );
  }
  const apiSchema = result.schema.toAPISchema().toGraphQLJSSchema();
  return { supergraphSdl: `${result.supergraphSdl.trim()}\n`, apiSchemaSdl: printApiSchema(apiSchema) };
}

export function withSubscriptions(apiSchema: GraphQLSchema): GraphQLSchema {
  // A type named Subscription is not a root by itself: extendSchema needs `extend schema`.
  return extendSchema(apiSchema, parse(`${subscriptionSdl()}\nextend schema { subscription: Subscription }\n`));
}

function printApiSchema(apiSchema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(withSubscriptions(apiSchema))).trim()}\n`;
}

export function readSubgraphSdl(name: string): string {
  return readFileSync(join(REPO_ROOT, 'subgraphs', name, 'schema.graphql'), 'utf8');
}

/** The API schema with subscriptions, from the committed file (used by tests and tooling). */
export function loadApiSchema(): GraphQLSchema {
  return buildSchema(readFileSync(API_SCHEMA_FILE, 'utf8'));
}
