import { withTenantTransaction } from '@casinox/db';
import type pg from 'pg';
import { getGameModel } from '../math/catalogue.js';
import type { GameCode, Multiplier, MultiStepGameModel } from '../math/game-model.js';
import { formatMultiplier } from '../math/multiplier.js';
import { asClientParams, BetRefused, betNotFound } from './bet.errors.js';
import type { BetStatus } from './bet.entity.js';
import { type BetRow, toBetView } from './bet-row.js';
import type { BetSettlement, TransitionRow } from './bet-settlement.js';
import { BET_COLUMNS, type BetOutcome, toJson } from './bet-shared.js';

type StepModel = MultiStepGameModel<unknown, unknown, unknown>;
type Step = (
  model: StepModel,
  row: BetRow,
  state: unknown,
) => { state: unknown; finished: boolean; payout: bigint; multiplier: Multiplier };

/** The steps of an open round (reveal a tile, cash out), each under the bet's row lock; a win is paid through the settlement. */
export class BetRounds {
  constructor(
    private readonly pool: pg.Pool,
    private readonly settlement: BetSettlement,
  ) {}

  /** One step of an open round (reveal a tile). Ends it when the step loses or completes it. */
  act(tenantId: string, playerId: string, betId: string, rawAction: unknown): Promise<BetOutcome> {
    return this.advance(tenantId, playerId, betId, (model, row, state) => {
      const action = asClientParams(() => model.parseAction(rawAction, state));
      return model.act(state, action, BigInt(row.stake), row.variant);
    });
  }

  /** Ends an open round at the current multiplier and pays it. */
  cashOut(tenantId: string, playerId: string, betId: string): Promise<BetOutcome> {
    return this.advance(tenantId, playerId, betId, (model, row, state) =>
      asClientParams(() => ({ ...model.cashOut(state, BigInt(row.stake), row.variant), finished: true })),
    );
  }

  private async advance(tenantId: string, playerId: string, betId: string, step: Step): Promise<BetOutcome> {
    const moved = await withTenantTransaction(this.pool, tenantId, async (client) => {
      const { rows } = await client.query<BetRow>(
        `select ${BET_COLUMNS} from games.bet b where b.tenant_id = $1 and b.id = $2 and b.player_id = $3 for update`,
        [tenantId, betId, playerId],
      );
      const row = rows[0];
      if (!row) return null;
      if (row.status !== 'OPEN') return { row, ended: true as const };
      const model = getGameModel(row.game as GameCode) as unknown as StepModel;
      const next = step(model, row, row.state);
      const view = model.view(next.state, next.finished, row.variant);
      const to: BetStatus = !next.finished ? 'OPEN' : next.payout > 0n ? 'CASHING' : 'SETTLED';
      const { rows: updated } = await client.query<TransitionRow>(
        'select (t.bet).*, t.event_seq from games.transition_bet($1, $2, $3, $4, $5, $6, $7, $8, null, null, false, null) t',
        [
          tenantId,
          betId,
          ['OPEN'],
          to,
          next.finished ? next.payout.toString() : null,
          next.finished ? formatMultiplier(next.multiplier, 8) : null,
          toJson(view),
          toJson(next.state),
        ],
      );
      return { row: updated[0]!, ended: false as const };
    });
    if (!moved) throw betNotFound();
    if (!moved.ended) this.settlement.announce(moved.row, false);
    // A step repeated after the round ended (a lost response) answers with the round as it ended, like a replayed key.
    if (moved.ended) {
      // An instant bet was never a round: answering it as a replay told the player "ok".
      if (getGameModel(moved.row.game as GameCode).kind === 'INSTANT')
        throw new BetRefused(
          'ROUND_NOT_ACTIVE',
          'This bet was settled at once: it is not a round you can play or cash out.',
        );
      if (moved.row.status === 'SETTLED') return { bet: toBetView(moved.row), balanceAfter: null, replayed: true };
      if (moved.row.status !== 'CASHING')
        throw new BetRefused('ROUND_NOT_ACTIVE', `This round is ${moved.row.status.toLowerCase()}, not open.`);
    }
    if (moved.row.status !== 'CASHING') return { bet: toBetView(moved.row), balanceAfter: null, replayed: false };
    // Paying is idempotent by the bet id: a repeat while CASHING (or a round still waiting on the wallet) re-drives the same call.
    return this.settlement.payRound({
      id: betId,
      tenantId,
      playerId,
      asset: moved.row.asset,
      stake: BigInt(moved.row.stake),
      ledger: moved.row.ledger,
      payout: BigInt(moved.row.payout ?? '0'),
    });
  }
}
