import { PageInfo } from '@casinox/graphql';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { SessionType } from '../sessions/session.types.js';
import type { Player, PlayerStatus } from './player.entity.js';

export const PlayerStatusEnum = { ACTIVE: 'ACTIVE', DISABLED: 'DISABLED' } as const;
registerEnumType(PlayerStatusEnum, {
  name: 'PlayerStatus',
  description: 'Whether a player may sign in.',
  valuesConfig: {
    ACTIVE: { description: 'May sign in and play.' },
    DISABLED: { description: 'Closed by the tenant; cannot sign in.' },
  },
});

@ObjectType('Player', { description: 'A player of one tenant (a user’s membership of that casino).' })
@Directive('@key(fields: "id")')
export class PlayerType {
  @Field(() => ID, { description: 'The player id (the `pid` of their access tokens).' })
  id!: string;

  @Field(() => ID, { description: 'The tenant the player belongs to.' })
  tenantId!: string;

  @Field(() => String, { description: 'Public name, e.g. on leaderboards.' })
  displayName!: string;

  @Field(() => PlayerStatusEnum, { description: 'Whether the player may sign in.' })
  status!: PlayerStatus;

  @Field(() => Date, { description: 'When the player registered with this tenant.' })
  createdAt!: Date;

  /** Not in the graph: the email field resolves through it. */
  userId!: string;

  /** Not in the graph: set when the player themselves just authenticated (no token in the request yet). */
  authenticatedSelf = false;

  static from(player: Player, options: { authenticatedSelf?: boolean } = {}): PlayerType {
    return Object.assign(new PlayerType(), {
      authenticatedSelf: options.authenticatedSelf ?? false,
      id: player.id,
      tenantId: player.tenantId,
      userId: player.userId,
      displayName: player.displayName,
      status: player.status,
      createdAt: player.createdAt,
    });
  }
}

@ObjectType('PlayerAuthPayload', { description: 'A player session and the player it belongs to.' })
export class PlayerAuthPayloadType {
  @Field(() => SessionType, { description: 'Tokens for the player site (audience casinox:player).' })
  session!: SessionType;

  @Field(() => PlayerType, { description: 'The signed-in player.' })
  player!: PlayerType;
}

@ObjectType('PlayerEdge', { description: 'A player in a list.' })
export class PlayerEdge {
  @Field(() => String, { description: 'Position of this player in the list.' })
  cursor!: string;

  @Field(() => PlayerType, { description: 'The player.' })
  node!: PlayerType;
}

@ObjectType('PlayerConnection', { description: 'A page of players, newest registrations first.' })
export class PlayerConnection {
  @Field(() => [PlayerEdge], { description: 'The players on this page.' })
  edges!: PlayerEdge[];

  @Field(() => PageInfo, { description: 'Where this page sits in the whole list.' })
  pageInfo!: PageInfo;
}
