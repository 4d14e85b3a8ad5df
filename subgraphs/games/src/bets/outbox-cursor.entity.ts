import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/** How far the relay has moved an outbox onto the event bus (`bet.settled`: the last bet_event.seq published). */
@Entity({ tableName: 'outbox_cursor', schema: 'games' })
export class OutboxCursor {
  @PrimaryKey({ type: 'string', length: 64 })
  name!: string;

  @Property({ type: 'bigint' })
  seq!: bigint;

  /** The transaction id of the last relayed row (the cursor is (xid, seq)). */
  @Property({ type: 'string', columnType: 'xid8', default: '0' })
  xid!: string;

  @Property({ type: 'datetime' })
  updatedAt!: Date;
}
