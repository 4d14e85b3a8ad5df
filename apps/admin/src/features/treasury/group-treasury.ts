/** The tenant's own accounts, in the order the treasury screen lists them. */
export const TREASURY_ACCOUNTS = [
  'HOUSE',
  'JACKPOT_POOL',
  'TOURNAMENT_ESCROW',
  'PROVIDER_CLEARING',
  'PLATFORM_COMMISSION',
] as const;

export type TreasuryAccount = (typeof TREASURY_ACCOUNTS)[number];

export const TREASURY_ACCOUNT_LABELS: Record<TreasuryAccount, { title: string; description: string }> = {
  HOUSE: {
    title: 'House',
    description:
      'The casino’s own money: takes stakes, pays wins and grants. Negative when players hold more than they staked.',
  },
  JACKPOT_POOL: { title: 'Jackpot pools', description: 'Contributions waiting to be won, one pool per jackpot.' },
  TOURNAMENT_ESCROW: { title: 'Tournament escrow', description: 'Entry fees held for tournament prizes.' },
  PROVIDER_CLEARING: { title: 'Payment provider clearing', description: 'Money in transit with the payment provider.' },
  PLATFORM_COMMISSION: { title: 'Platform commission', description: 'What the casino owes the platform.' },
};

export interface TreasuryLine {
  account: TreasuryAccount;
  reference: string;
  balance: string;
  asset: { code: string; scale: number };
}

export interface TreasuryGroup<T extends TreasuryLine> {
  account: TreasuryAccount;
  lines: T[];
}

/**
 * Groups the treasury by account in the screen's order, each group's lines by asset code then
 * sub-account (pool or tournament id). Accounts without lines are left out.
 */
export function groupTreasury<T extends TreasuryLine>(lines: readonly T[]): TreasuryGroup<T>[] {
  return TREASURY_ACCOUNTS.map((account) => ({
    account,
    lines: lines
      .filter((line) => line.account === account)
      .sort((a, b) => a.asset.code.localeCompare(b.asset.code) || a.reference.localeCompare(b.reference)),
  })).filter((group) => group.lines.length > 0);
}
