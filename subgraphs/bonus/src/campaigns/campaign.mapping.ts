import type { CampaignDraft, CampaignTerms } from '../domain/index.js';
import type { CampaignView } from './campaign-row.js';
import type { CampaignInput, CampaignType } from './campaign.types.js';

/**
 * The flat GraphQL input as the domain's draft. Missing terms fields stay undefined so
 * validateCampaign names them (a field problem each), rather than this mapping guessing.
 */
export function toCampaignDraft(input: CampaignInput): Omit<CampaignDraft, 'status'> {
  const u = <T>(value: T | null | undefined) => (value ?? undefined) as T;
  const terms = {
    DEPOSIT_MATCH: { kind: 'DEPOSIT_MATCH', percentBp: u(input.percentBp), cap: u(input.cap) },
    RELOAD: {
      kind: 'RELOAD',
      percentBp: u(input.percentBp),
      cap: u(input.cap),
      minDeposit: input.reloadMinDeposit ?? 0n,
    },
    NO_DEPOSIT: { kind: 'NO_DEPOSIT', amount: u(input.amount) },
    FREE_BETS: {
      kind: 'FREE_BETS',
      game: u(input.freeBetGame),
      count: u(input.freeBetCount),
      stake: u(input.freeBetStake),
    },
    CASHBACK: { kind: 'CASHBACK', percentBp: u(input.percentBp), period: u(input.cashbackPeriod), cap: u(input.cap) },
  }[input.kind] as CampaignTerms;
  return {
    name: input.name,
    terms,
    eligibility: {
      newPlayersOnly: input.newPlayersOnly,
      minDeposit: input.minDeposit ?? 0n,
      asset: input.asset,
      optInCode: input.optInCode ?? null,
    },
    wageringMultiplier: input.wageringMultiplier,
    contributionWeights: Object.fromEntries(input.contributionWeights.map((weight) => [weight.game, weight.percent])),
    maxBet: Object.fromEntries(input.maxBet.map((limit) => [limit.asset, limit.amount])),
    expiresInDays: input.expiresInDays,
    validUntil: input.validUntil ?? null,
    maxCashOut: input.maxCashOut ?? null,
    spendOrder: input.spendOrder,
  };
}

/** A campaign for the graph; the opt-in code only for operators (players must be told it, not read it). */
export function toCampaignType(view: CampaignView, forOperator: boolean): CampaignType {
  const terms = view.terms;
  return {
    id: view.id,
    name: view.name,
    status: view.status,
    kind: terms.kind,
    percentBp: 'percentBp' in terms ? terms.percentBp : null,
    cap: 'cap' in terms ? terms.cap : null,
    amount: terms.kind === 'NO_DEPOSIT' ? terms.amount : null,
    freeBetGame: terms.kind === 'FREE_BETS' ? terms.game : null,
    freeBetCount: terms.kind === 'FREE_BETS' ? terms.count : null,
    freeBetStake: terms.kind === 'FREE_BETS' ? terms.stake : null,
    cashbackPeriod: terms.kind === 'CASHBACK' ? terms.period : null,
    asset: view.eligibility.asset,
    minDeposit:
      terms.kind === 'RELOAD' && terms.minDeposit > view.eligibility.minDeposit
        ? terms.minDeposit
        : view.eligibility.minDeposit,
    newPlayersOnly: view.eligibility.newPlayersOnly,
    requiresOptInCode: Boolean(view.eligibility.optInCode),
    optInCode: forOperator ? (view.eligibility.optInCode ?? null) : null,
    wageringMultiplier: view.wageringMultiplier,
    contributionWeights: Object.entries(view.contributionWeights).map(([game, percent]) => ({
      game,
      percent: percent ?? 0,
    })),
    maxBet: Object.entries(view.maxBet).map(([asset, amount]) => ({ asset, amount })),
    expiresInDays: view.expiresInDays,
    validUntil: view.validUntil,
    maxCashOut: view.maxCashOut,
    spendOrder: view.spendOrder,
    claims: view.claims,
    createdAt: view.createdAt,
    updatedAt: view.updatedAt,
  };
}
