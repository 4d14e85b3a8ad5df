import { Directive, Field, ObjectType, registerEnumType } from 'type-graphql';

/**
 * The game codes, as the games subgraph declares its `GameCode` enum (the key of `Game`): the same
 * values and descriptions, so composition merges the two declarations into one.
 */
export const GAME_CODES = ['DICE', 'LIMBO', 'ROULETTE', 'SLOTS', 'MINES'] as const;
export type GameCode = (typeof GAME_CODES)[number];
export const GameCodeEnum = Object.fromEntries(GAME_CODES.map((code) => [code, code])) as { [K in GameCode]: K };
registerEnumType(GameCodeEnum, {
  name: 'GameCode',
  description: 'A game of the catalogue. Its math (conversion, paytable, RTP) is documented in docs/provably-fair.md.',
  valuesConfig: {
    DICE: { description: 'Roll 0.00–99.99 over or under a target.' },
    LIMBO: { description: 'A random multiplier; win when it reaches your target.' },
    ROULETTE: { description: 'European single-zero roulette, several bets per spin.' },
    SLOTS: { description: '5×3 reels, paylines, wild and scatter.' },
    MINES: { description: '5×5 grid: reveal tiles, avoid mines, cash out when you like (played in rounds).' },
  },
});

/** A game, owned by the games subgraph; the jackpot subgraph lists the jackpots it counts towards (`Game.jackpots`). */
@ObjectType('Game', { description: 'A game of the catalogue as the caller’s casino runs it.' })
@Directive('@key(fields: "code")')
export class GameReference {
  @Field(() => GameCodeEnum, { description: 'The game.' })
  code!: GameCode;
}
