import { PageArgs, requireOperator, toConnection } from '@casinox/graphql';
import { Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { WalletContext } from '../context.js';
import {
  ReconciliationOverviewType,
  ReconciliationRunConnection,
  ReconciliationRunType,
} from './reconciliation.types.js';

@Resolver()
export class ReconciliationResolver {
  @Query(() => ReconciliationRunConnection, {
    description: 'The tenant’s reconciliation runs with their findings, newest first (OWNER, ADMIN or FINANCE).',
  })
  async reconciliationRuns(
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: WalletContext,
  ): Promise<ReconciliationRunConnection> {
    const operator = requireOperator(ctx, 'ADMIN', 'FINANCE');
    return toConnection(await ctx.services.reconciliation.pageRuns(operator.tenantId, page));
  }

  @Query(() => ReconciliationOverviewType, {
    description: 'Whether the tenant’s ledger has an open reconciliation alert (OWNER, ADMIN or FINANCE).',
  })
  reconciliationOverview(@Ctx() ctx: WalletContext): Promise<ReconciliationOverviewType> {
    const operator = requireOperator(ctx, 'ADMIN', 'FINANCE');
    return ctx.services.reconciliation.overview(operator.tenantId);
  }

  @Mutation(() => ReconciliationRunType, {
    description: 'Reconciles the operator’s tenant now and returns the recorded run (OWNER, ADMIN or FINANCE).',
  })
  runReconciliation(@Ctx() ctx: WalletContext): Promise<ReconciliationRunType> {
    const operator = requireOperator(ctx, 'ADMIN', 'FINANCE');
    return ctx.services.reconciliation.runNow(operator.tenantId);
  }
}
