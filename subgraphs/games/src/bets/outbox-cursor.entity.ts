import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/** How far the relay has moved an outbox onto the event bus (`bet.settled`: the last bet_event.seq published). */
@Entity({ tableName: 'outbox_cursor', schema: 'games' })
export class OutboxCursor {
  @PrimaryKey({ type: 'string', length: 64 })
  name!: string;

  @Property({ type: 'bigint' })
  seq!: bigint;

  @Property({ type: 'datetime' })
  updatedAt!: Date;
}
