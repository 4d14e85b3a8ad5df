import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * The bets whose wallet call has not been confirmed yet (PENDING or CASHING): the recovery job's
 * work list across every tenant. A row lives from the moment the bet is recorded until the wallet
 * answers, so this table stays tiny whatever the number of bets, and `bet` itself needs no index
 * on its status — its settlement UPDATE touches no indexed column and stays a cheap HOT update.
 * No RLS: it holds only ids; the job reads each bet under its tenant.
 */
@Entity({ tableName: 'unsettled_bet', schema: 'games' })
@Index({ name: 'unsettled_bet_since_index', properties: ['since'] })
export class UnsettledBet {
  @PrimaryKey({ type: 'uuid' })
  betId!: string;

  @Property({ type: 'uuid' })
  tenantId!: string;

  /** When the bet last waited on the wallet. */
  @Property({ type: 'datetime' })
  since!: Date;
}
