import 'reflect-metadata';
import { buildFederatedSchema } from '@casinox/graphql';
import { Resolver } from 'type-graphql';
import { PlayerReference } from './references/player.reference.js';
import { TenantReference } from './references/tenant.reference.js';

/** Nothing to resolve yet: the compliance issue adds queries and mutations here. */
@Resolver()
class ComplianceResolver {}

export function buildComplianceSchema() {
  return buildFederatedSchema({ resolvers: [ComplianceResolver], orphanedTypes: [PlayerReference, TenantReference] });
}
