import 'reflect-metadata';
import { buildFederatedSchema } from '@casinox/graphql';
import { Resolver } from 'type-graphql';
import { PlayerReference } from './references/player.reference.js';
import { TenantReference } from './references/tenant.reference.js';

/** Nothing to resolve yet: the games issue adds queries and mutations here. */
@Resolver()
class GamesResolver {}

export function buildGamesSchema() {
  return buildFederatedSchema({ resolvers: [GamesResolver], orphanedTypes: [PlayerReference, TenantReference] });
}
