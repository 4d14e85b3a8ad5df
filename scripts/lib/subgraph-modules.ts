import type { SubgraphName } from '@casinox/db';
import type { SubgraphBuild } from '@casinox/graphql';
import { entities as bonusEntities } from '@casinox/bonus/entities';
import { buildBonusSchema } from '@casinox/bonus/schema';
import { entities as complianceEntities } from '@casinox/compliance/entities';
import { buildComplianceSchema } from '@casinox/compliance/schema';
import { entities as gamesEntities } from '@casinox/games/entities';
import { buildGamesSchema } from '@casinox/games/schema';
import { entities as identityEntities } from '@casinox/identity/entities';
import { buildIdentitySchema } from '@casinox/identity/schema';
import { entities as jackpotEntities } from '@casinox/jackpot/entities';
import { buildJackpotSchema } from '@casinox/jackpot/schema';
import { entities as tournamentEntities } from '@casinox/tournament/entities';
import { buildTournamentSchema } from '@casinox/tournament/schema';
import { entities as walletEntities } from '@casinox/wallet/entities';
import { buildWalletSchema } from '@casinox/wallet/schema';

/** What the build tooling needs from each subgraph: its schema builder and its entities. */
export const SUBGRAPH_MODULES: Record<SubgraphName, { buildSchema: () => Promise<SubgraphBuild>; entities: unknown[] }> = {
  identity: { buildSchema: buildIdentitySchema, entities: identityEntities },
  wallet: { buildSchema: buildWalletSchema, entities: walletEntities },
  games: { buildSchema: buildGamesSchema, entities: gamesEntities },
  bonus: { buildSchema: buildBonusSchema, entities: bonusEntities },
  jackpot: { buildSchema: buildJackpotSchema, entities: jackpotEntities },
  tournament: { buildSchema: buildTournamentSchema, entities: tournamentEntities },
  compliance: { buildSchema: buildComplianceSchema, entities: complianceEntities },
};
