import { MoneyScalar, PageInfo } from '@casinox/graphql';
import { Directive, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ASSET_KINDS, type AssetKind } from '../assets/asset-catalogue.js';
import { TRANSFER_KINDS, type TransferKind } from '../ledger/account-types.js';

const enumOf = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const AssetKindEnum = enumOf(ASSET_KINDS);
registerEnumType(AssetKindEnum, {
  name: 'AssetKind',
  description: 'What kind of value an asset is.',
  valuesConfig: {
    FIAT: { description: 'A government currency (USD, EUR, GBP).' },
    CRYPTO: { description: 'A crypto-currency or stablecoin (BTC, ETH, USDC).' },
    CREDITS: { description: "A tenant's own game credits." },
  },
});

export const TransactionKindEnum = enumOf(TRANSFER_KINDS);
registerEnumType(TransactionKindEnum, {
  name: 'TransactionKind',
  description: 'Why money moved.',
  valuesConfig: {
    GRANT: { description: 'Money granted by the casino (prize, goodwill, bonus).' },
    BET: { description: 'A stake placed on a multi-step game.' },
    WIN: { description: 'A win paid for a bet.' },
    BET_WIN: { description: 'An instant game: stake and win in one.' },
    ROLLBACK: { description: 'A bet cancelled by the game.' },
    REVERSAL: { description: 'A correction that reverses an earlier transaction.' },
    HOLD_POST: { description: 'Reserved money that was finally taken (withdrawal paid, entry fee).' },
    DEPOSIT: { description: 'Money paid in.' },
    WITHDRAWAL: { description: 'Money paid out.' },
    ADJUSTMENT: { description: 'A manual adjustment by the casino.' },
  },
});

export const WalletBucketEnum = { CASH: 'CASH', BONUS: 'BONUS' } as const;
registerEnumType(WalletBucketEnum, {
  name: 'WalletBucket',
  description: 'Which of a player’s balances an entry touched.',
  valuesConfig: { CASH: { description: 'Real money.' }, BONUS: { description: 'Bonus money (subject to wagering).' } },
});

export const TreasuryAccountEnum = enumOf([
  'HOUSE',
  'JACKPOT_POOL',
  'TOURNAMENT_ESCROW',
  'PROVIDER_CLEARING',
  'PLATFORM_COMMISSION',
] as const);
registerEnumType(TreasuryAccountEnum, {
  name: 'TreasuryAccount',
  description: "A tenant's own ledger account.",
  valuesConfig: {
    HOUSE: { description: 'The casino’s own money: takes stakes, pays wins.' },
    JACKPOT_POOL: { description: 'Contributions waiting to be won, one per jackpot.' },
    TOURNAMENT_ESCROW: { description: 'Entry fees held for a tournament’s prizes.' },
    PROVIDER_CLEARING: { description: 'Money in transit with the payment provider.' },
    PLATFORM_COMMISSION: { description: 'What the casino owes the platform.' },
  },
});

@ObjectType('Asset', { description: 'Something the ledger counts: a currency, a crypto asset or game credits.' })
export class AssetType {
  @Field(() => String, { description: 'The asset code, e.g. USD, BTC, CREDITS.' })
  code!: string;

  @Field(() => AssetKindEnum, { description: 'Fiat, crypto or credits.' })
  kind!: AssetKind;

  @Field(() => Int, {
    description: 'Decimal places of one minor unit: amounts are integers of 10^-scale (2 for cents, 8 for satoshis).',
  })
  scale!: number;
}

@ObjectType('Wallet', { description: "A player's money in one asset." })
export class WalletType {
  @Field(() => AssetType, { description: 'The asset; read every amount with its scale.' })
  asset!: AssetType;

  @Field(() => MoneyScalar, { description: 'Real-money balance, including held money.' })
  balance!: bigint;

  @Field(() => MoneyScalar, { description: 'What the player can spend now: balance minus held.' })
  available!: bigint;

  @Field(() => MoneyScalar, {
    description: 'Reserved by pending holds (withdrawals awaiting approval, tournament entries).',
  })
  held!: bigint;

  @Field(() => MoneyScalar, { description: 'Bonus money, kept apart from real money.' })
  bonusBalance!: bigint;
}

@ObjectType('WalletTransaction', { description: "One movement on a player's balance." })
export class WalletTransactionType {
  @Field(() => ID, { description: 'The ledger entry id.' })
  id!: string;

  @Field(() => ID, { description: 'The transfer this entry belongs to (its other legs are the casino’s accounts).' })
  transferId!: string;

  @Field(() => TransactionKindEnum, { description: 'Why the money moved.' })
  kind!: TransferKind;

  @Field(() => WalletBucketEnum, { description: 'Whether real or bonus money moved.' })
  bucket!: keyof typeof WalletBucketEnum;

  @Field(() => AssetType, { description: 'The asset of the amount.' })
  asset!: AssetType;

  @Field(() => MoneyScalar, { description: 'Signed amount: positive credits the player, negative debits.' })
  amount!: bigint;

  @Field(() => MoneyScalar, { description: 'The balance right after this movement.' })
  balanceAfter!: bigint;

  @Field(() => String, { nullable: true, description: "The caller's reference, e.g. the bet id." })
  reference!: string | null;

  @Field(() => Date, { description: 'When it was booked.' })
  createdAt!: Date;
}

@ObjectType('WalletTransactionEdge', { description: 'A transaction in a page.' })
export class WalletTransactionEdge {
  @Field(() => String, { description: 'Position of this transaction, for paging.' })
  cursor!: string;

  @Field(() => WalletTransactionType, { description: 'The transaction.' })
  node!: WalletTransactionType;
}

@ObjectType('WalletTransactionConnection', { description: "A page of a player's transactions, newest first." })
export class WalletTransactionConnection {
  @Field(() => [WalletTransactionEdge], { description: 'The transactions on this page.' })
  edges!: WalletTransactionEdge[];

  @Field(() => PageInfo, { description: 'Whether more pages follow.' })
  pageInfo!: PageInfo;
}

@InputType('WalletTransactionFilter', { description: 'Narrows a transaction history.' })
export class WalletTransactionFilter {
  @Field(() => [TransactionKindEnum], { nullable: true, description: 'Only these kinds.' })
  kinds?: TransferKind[] | null;

  @Field(() => String, { nullable: true, description: 'Only this asset code.' })
  asset?: string | null;

  @Field(() => Date, { nullable: true, description: 'Booked at or after this instant.' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Booked before this instant.' })
  to?: Date | null;
}

@ObjectType('TreasuryBalance', { description: "One of a tenant's own accounts and its balance." })
export class TreasuryBalanceType {
  @Field(() => TreasuryAccountEnum, { description: 'Which account.' })
  account!: keyof typeof TreasuryAccountEnum;

  @Field(() => String, {
    description:
      'Which sub-account: the jackpot or tournament id; empty for the single house, clearing and commission accounts.',
  })
  reference!: string;

  @Field(() => AssetType, { description: 'The asset.' })
  asset!: AssetType;

  @Field(() => MoneyScalar, {
    description: 'Balance: the sum of the account’s entries (may be negative for the house).',
  })
  balance!: bigint;
}

/** The player as the wallet extends it (identity owns the rest). */
@ObjectType('Player', { description: 'A player of one tenant (owned by the identity subgraph).' })
@Directive('@key(fields: "id")')
export class PlayerWalletRef {
  @Field(() => ID, { description: 'The player id.' })
  id!: string;

  /** Not in the graph: the tenant the caller may read this player in (set by the reference resolver). */
  viewTenantId!: string;
}

/** The tenant as the wallet extends it (identity owns the rest). */
@ObjectType('Tenant', { description: 'A casino brand run on CasinoX (owned by the identity subgraph).' })
@Directive('@key(fields: "id")')
export class TenantTreasuryRef {
  @Field(() => ID, { description: 'The tenant id.' })
  id!: string;
}
