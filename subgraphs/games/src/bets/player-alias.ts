import { createHash } from 'node:crypto';

/** A stable, non-reversible pseudonym for showing a player to other players (the lobby's big wins). */
export function playerAlias(playerId: string): string {
  return `Player-${createHash('sha256').update(`casinox-alias:${playerId}`).digest('hex').slice(0, 6).toUpperCase()}`;
}
