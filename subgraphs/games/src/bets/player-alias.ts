import { createHmac } from 'node:crypto';

// Crockford's base32: no I, L, O or U, so an alias reads back unambiguously.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CHARS = 12; // 60 bits: collisions stay unlikely even across millions of players

/**
 * The pseudonym the lobby's big wins show other players: stable per player, but keyed with a server
 * secret (HMAC-SHA256), so knowing a player's id does not let anyone compute it and link their wins.
 */
export class PlayerAliases {
  constructor(private readonly secret: string) {}

  /** e.g. `Player-7KQ2-M9XD-3FHA`. */
  of(playerId: string): string {
    const digest = createHmac('sha256', this.secret).update(`casinox-player-alias:v1:${playerId}`).digest();
    let bits = 0n;
    for (const byte of digest.subarray(0, 8)) bits = (bits << 8n) | BigInt(byte);
    let code = '';
    for (let i = 0; i < CHARS; i++) code += ALPHABET[Number((bits >> BigInt(59 - 5 * i)) & 31n)];
    return `Player-${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}`;
  }
}
