import { requireOperator } from '@casinox/graphql';
import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { WalletContext } from '../context.js';
import { ReconciliationOverviewType, ReconciliationRunType } from './reconciliation.types.js';

@Resolver()
export class ReconciliationResolver {
  @Query(() => [ReconciliationRunType], { description: 'The tenant’s reconciliation runs with their findings, newest first (OWNER, ADMIN or FINANCE).' })
  reconciliationRuns(@Arg('first', () => Int, { defaultValue: 20, description: 'How many to return (1–100).' }) first: number, @Ctx() ctx: WalletContext): Promise<ReconciliationRunType[]> {
    const operator = requireOperator(ctx, 'ADMIN', 'FINANCE');
    return ctx.services.reconciliation.listRuns(operator.tenantId, Math.min(Math.max(first, 1), 100));
  }

  @Query(() => ReconciliationOverviewType, { description: 'Whether the tenant’s ledger has an open reconciliation alert (OWNER, ADMIN or FINANCE).' })
  reconciliationOverview(@Ctx() ctx: WalletContext): Promise<ReconciliationOverviewType> {
    const operator = requireOperator(ctx, 'ADMIN', 'FINANCE');
    return ctx.services.reconciliation.overview(operator.tenantId);
  }

  @Mutation(() => ReconciliationRunType, { description: 'Reconciles the operator’s tenant now and returns the recorded run (OWNER, ADMIN or FINANCE).' })
  runReconciliation(@Ctx() ctx: WalletContext): Promise<ReconciliationRunType> {
    const operator = requireOperator(ctx, 'ADMIN', 'FINANCE');
    return ctx.services.reconciliation.runNow(operator.tenantId);
  }
}
