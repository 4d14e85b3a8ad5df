import { formatMoney } from '@casinox/web';

/**
 * Pure decisions of the deposit form's bonus choice: which deposit bonuses (DEPOSIT_MATCH,
 * RELOAD) fit the chosen currency, how each reads, what a deposit of the typed amount would bring,
 * and which bonuses already claimed are still waiting for a deposit. The bonus service decides the
 * grant when the deposit completes (`choose-deposit-grant.ts`); this only tells the player.
 */

export interface DepositOfferLike {
  id: string;
  name: string;
  kind: string;
  asset: string;
  percentBp: number | null;
  cap: string | null;
  minDeposit: string | null;
  wageringMultiplier: number;
  requiresOptInCode: boolean;
}

/** The offers in `asset`, each once (both kinds arrive from one query), in the order given. */
export function depositOffersFor<C extends DepositOfferLike>(offers: readonly C[], asset: string): C[] {
  const seen = new Set<string>();
  return offers.filter((c) => {
    if (c.asset !== asset || seen.has(c.id) || (c.kind !== 'DEPOSIT_MATCH' && c.kind !== 'RELOAD')) return false;
    seen.add(c.id);
    return true;
  });
}

/** "100 % up to 20.00 EUR — min deposit 10.00, wager 10×". */
export function depositOfferTerms(c: DepositOfferLike, scale: number): string {
  const percent = `${(c.percentBp ?? 0) / 100} %`;
  const head = c.cap ? `${percent} up to ${formatMoney(c.cap, scale, c.asset)}` : `${percent} of your deposit`;
  const rules = [
    ...(c.minDeposit && BigInt(c.minDeposit) > 0n
      ? [`min deposit ${formatMoney(c.minDeposit, scale, '').trim()}`]
      : []),
    `wager ${c.wageringMultiplier}×`,
  ];
  return `${head} — ${rules.join(', ')}`;
}

/** What a deposit of `amount` (minor units) brings: the match, capped; 0 below the minimum deposit. */
export function expectedDepositBonus(c: DepositOfferLike, amount: bigint): bigint {
  if (amount <= 0n) return 0n;
  if (c.minDeposit && amount < BigInt(c.minDeposit)) return 0n;
  const match = (amount * BigInt(c.percentBp ?? 0)) / 10_000n;
  return c.cap && match > BigInt(c.cap) ? BigInt(c.cap) : match;
}

/** Why the chosen bonus would not come with this deposit, or null when it would. */
export function depositBonusProblem(c: DepositOfferLike, amount: bigint, scale: number): string | null {
  if (c.minDeposit && amount < BigInt(c.minDeposit))
    return `Deposit at least ${formatMoney(c.minDeposit, scale, c.asset)} to get ${c.name}, or choose “No bonus”.`;
  return null;
}

export interface PendingLike {
  state: string;
  asset: string;
  lapsed: boolean;
  kind: string | null;
}

/** Deposit bonuses already claimed and still waiting for a deposit in `asset` (not lapsed). */
export function waitingDepositBonuses<B extends PendingLike>(bonuses: readonly B[], asset: string): B[] {
  return bonuses.filter((b) => b.state === 'PENDING' && !b.lapsed && b.asset === asset);
}
