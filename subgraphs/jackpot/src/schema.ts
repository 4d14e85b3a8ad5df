import 'reflect-metadata';
import { buildFederatedSchema } from '@casinox/graphql';
import { Resolver } from 'type-graphql';
import { PlayerReference } from './references/player.reference.js';
import { TenantReference } from './references/tenant.reference.js';

/** Nothing to resolve yet: the jackpot issue adds queries and mutations here. */
@Resolver()
class JackpotResolver {}

export function buildJackpotSchema() {
  return buildFederatedSchema({ resolvers: [JackpotResolver], orphanedTypes: [PlayerReference, TenantReference] });
}
