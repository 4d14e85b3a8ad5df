import 'reflect-metadata';
import { buildFederatedSchema } from '@casinox/graphql';
import { Resolver } from 'type-graphql';
import { PlayerReference } from './references/player.reference.js';
import { TenantReference } from './references/tenant.reference.js';

/** Nothing to resolve yet: the tournament issue adds queries and mutations here. */
@Resolver()
class TournamentResolver {}

export function buildTournamentSchema() {
  return buildFederatedSchema({ resolvers: [TournamentResolver], orphanedTypes: [PlayerReference, TenantReference] });
}
