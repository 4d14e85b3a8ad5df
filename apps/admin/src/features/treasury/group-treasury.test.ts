import { describe, expect, it } from 'vitest';
import { groupTreasury, type TreasuryLine } from './group-treasury';

const line = (account: TreasuryLine['account'], code: string, reference = '', balance = '0'): TreasuryLine => ({
  account,
  reference,
  balance,
  asset: { code, scale: 2 },
});

describe('groupTreasury', () => {
  it('is empty for a new tenant', () => {
    expect(groupTreasury([])).toEqual([]);
  });

  it('orders accounts house first, and lines by asset then sub-account', () => {
    const groups = groupTreasury([
      line('PLATFORM_COMMISSION', 'EUR'),
      line('JACKPOT_POOL', 'USD', 'mega'),
      line('HOUSE', 'USD', '', '-100'),
      line('JACKPOT_POOL', 'EUR', 'mini'),
      line('HOUSE', 'EUR', '', '-2500'),
      line('JACKPOT_POOL', 'EUR', 'daily'),
    ]);
    expect(groups.map((g) => [g.account, g.lines.map((l) => `${l.asset.code}/${l.reference}`)])).toEqual([
      ['HOUSE', ['EUR/', 'USD/']],
      ['JACKPOT_POOL', ['EUR/daily', 'EUR/mini', 'USD/mega']],
      ['PLATFORM_COMMISSION', ['EUR/']],
    ]);
  });
});
