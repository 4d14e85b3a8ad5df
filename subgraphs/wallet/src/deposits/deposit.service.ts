import { withTenant, withTenantTransaction } from '@casinox/db';
import { cursorTime, decodeCursor, type Page, toPage, CodedError } from '@casinox/graphql';
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { type AssetSpec, findAsset } from '../assets/asset-catalogue.js';
import { ledgerErrorFromDatabase } from '../ledger/ledger.errors.js';
import { requestHash } from '../ledger/request-hash.js';
import type { PaymentEvent } from '../payments/payment-event.js';
import type { PaymentProvider } from '../payments/payment-provider.js';
import { depositCreditKey } from '../payments/settlement-keys.js';
import { assertOffered } from '../shared/assert-offered.js';
import { readMoneyInput } from '../shared/read-money-input.js';
import type { TenantCurrencies } from '@casinox/events';
import { DEPOSIT_COMPLETION_LOCK, recordDepositCompleted } from '../events/record-wallet-event.js';
import { decideDepositTransition } from './decide-deposit-transition.js';
import type { DepositStatus } from './deposit.entity.js';
import { resolveReturnUrl } from './resolve-return-url.js';

export interface DepositView {
  id: string;
  playerId: string;
  asset: AssetSpec;
  amount: bigint;
  status: DepositStatus;
  checkoutUrl: string | null;
  failureReason: string | null;
  createdAt: Date;
}

interface DepositRow {
  id: string;
  player_id: string;
  asset: string;
  amount: string;
  status: DepositStatus;
  provider_payment_id: string | null;
  checkout_url: string | null;
  failure_reason: string | null;
  created_at: Date;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const toView = (row: DepositRow): DepositView => ({
  id: row.id,
  playerId: row.player_id,
  asset: findAsset(row.asset)!,
  amount: BigInt(row.amount),
  status: row.status,
  checkoutUrl: row.checkout_url,
  failureReason: row.failure_reason,
  createdAt: row.created_at,
});

/** What applying a provider event did, for the webhook's response and the logs. */
export type WebhookOutcome = 'CREDITED' | 'FAILED' | 'IGNORED' | 'UNKNOWN_PAYMENT';

/**
 * Deposits: the player starts one (idempotently, Stripe semantics on `idempotencyKey`), pays on
 * the provider's checkout, and the provider's signed webhook credits the money exactly once — a
 * DEPOSIT transfer from provider clearing keyed by the provider's payment id, committed together
 * with the deposit's new status and its `wallet.deposit-completed` outbox event.
 */
export class DepositService {
  constructor(
    private readonly pool: pg.Pool,
    private readonly provider: PaymentProvider,
    private readonly currencies: TenantCurrencies,
    /** The player site's URL: the only place a checkout may return players to (null: nowhere). */
    private readonly playerSiteUrl: string | null = null,
  ) {}

  async start(
    tenantId: string,
    playerId: string,
    input: { asset: string; amount: bigint; idempotencyKey: string; returnUrl?: string | null },
  ): Promise<DepositView> {
    const { asset, amount, key: clientKey } = readMoneyInput(input);
    await assertOffered(this.currencies, tenantId, asset);
    const returnUrl = resolveReturnUrl(input.returnUrl, this.playerSiteUrl);
    // Keys are the player's own: another player's identical key is a different request.
    const key = `${playerId}:${clientKey}`;
    const request = { playerId, asset: asset.code, amount, returnUrl: returnUrl ?? undefined };
    const depositId = await this.mapped(() =>
      withTenantTransaction(this.pool, tenantId, async (client) => {
        // A concurrent duplicate waits here for the first to commit, then replays its deposit.
        const claimed = await client.query<{ result: { depositId: string } | null }>(
          `select wallet.claim_idempotency_key($1, $2, $3, 'deposit.start') as result`,
          [tenantId, `deposit:${key}`, requestHash('deposit.start', request)],
        );
        const replay = claimed.rows[0]?.result;
        if (replay) return replay.depositId;
        const id = randomUUID();
        await client.query(
          `insert into wallet.deposit (id, tenant_id, player_id, asset, amount, status, idempotency_key, created_at, updated_at)
           values ($1, $2, $3, $4, $5, 'PENDING', $6, now(), now())`,
          [id, tenantId, playerId, asset.code, amount.toString(), key],
        );
        await client.query(`update wallet.idempotency_record set result = $3 where tenant_id = $1 and key = $2`, [
          tenantId,
          `deposit:${key}`,
          { depositId: id },
        ]);
        return id;
      }),
    );
    let deposit = await this.load(tenantId, depositId);
    if (deposit.status === 'PENDING' && !deposit.checkoutUrl) {
      // Outside the transaction (no network call while holding locks); the provider is idempotent
      // by reference, so a replay after a failure here opens the same checkout.
      const opened = await this.provider.createPayment({
        reference: depositId,
        asset: asset.code,
        amount,
        metadata: { tenantId, playerId },
        returnUrl,
      });
      await withTenantTransaction(this.pool, tenantId, (client) =>
        client.query(
          `update wallet.deposit set provider_payment_id = $2, checkout_url = $3, updated_at = now() where id = $1 and provider_payment_id is null`,
          [depositId, opened.paymentId, opened.checkoutUrl],
        ),
      );
      deposit = await this.load(tenantId, depositId);
    }
    return deposit;
  }

  async find(tenantId: string, playerId: string, id: string): Promise<DepositView | null> {
    if (!UUID.test(id)) return null;
    const rows = await withTenant(this.pool, tenantId, (client) =>
      client.query<DepositRow>(
        `select *, amount::text from wallet.deposit where tenant_id = $1 and player_id = $2 and id = $3`,
        [tenantId, playerId, id],
      ),
    );
    return rows.rows[0] ? toView(rows.rows[0]) : null;
  }

  /** The player's own deposits, newest first. */
  async listMine(
    tenantId: string,
    playerId: string,
    page: { first: number; after?: string | null },
  ): Promise<Page<DepositView>> {
    const after = page.after ? decodeCursor(page.after) : null;
    const rows = await withTenant(this.pool, tenantId, (client) =>
      client.query<DepositRow & { at: string }>(
        `select *, amount::text, ${cursorTime('created_at')} as at from wallet.deposit
          where tenant_id = $1 and player_id = $2 and ($3::timestamptz is null or (created_at, id) < ($3::timestamptz, $4::uuid))
          order by created_at desc, id desc limit $5`,
        [tenantId, playerId, after?.at ?? null, after?.id ?? null, page.first + 1],
      ),
    );
    return toPage(rows.rows, page.first, toView);
  }

  /** Applies a verified provider event for a payment in; safe to call any number of times, in any order. */
  async applyProviderEvent(event: PaymentEvent): Promise<WebhookOutcome> {
    const tenantId = event.data.metadata.tenantId!;
    return withTenantTransaction(this.pool, tenantId, async (client) => {
      // The row lock serialises concurrent deliveries of one payment.
      const rows = await client.query<DepositRow>(
        `select *, amount::text from wallet.deposit where tenant_id = $1 and id = $2 for update`,
        [tenantId, event.data.merchantReference],
      );
      const deposit = rows.rows[0];
      if (!deposit || (deposit.provider_payment_id !== null && deposit.provider_payment_id !== event.data.id))
        return 'UNKNOWN_PAYMENT';
      if (deposit.asset !== event.data.asset || BigInt(deposit.amount) !== event.data.amount) {
        // The provider confirmed something else than what was asked: never credit it silently.
        throw new CodedError('PAYMENT_MISMATCH', `Payment ${event.data.id} does not match deposit ${deposit.id}.`);
      }
      const action = decideDepositTransition(deposit.status, event.type);
      if (action === 'IGNORE') return 'IGNORED';
      if (action === 'MARK_FAILED') {
        await client.query(
          `update wallet.deposit set status = 'FAILED', failure_reason = 'Declined by the payment provider.', updated_at = now() where id = $1`,
          [deposit.id],
        );
        return 'FAILED';
      }
      const amount = event.data.amount.toString();
      const credit = await this.mapped(() =>
        client.query<{ result: { transferId: string } }>(
          `select wallet.post_transfer($1, $2, $3, 'deposit.credit', 'DEPOSIT', $4, $5, $6, $7, $8, $9, $10::bigint[]) as result`,
          [
            tenantId,
            depositCreditKey(event.data.id),
            requestHash('deposit.credit', {
              paymentId: event.data.id,
              depositId: deposit.id,
              amount,
              asset: deposit.asset,
            }),
            deposit.player_id,
            deposit.id,
            { providerPaymentId: event.data.id },
            [deposit.asset, deposit.asset],
            ['PROVIDER_CLEARING', 'PLAYER_CASH'],
            ['', deposit.player_id],
            [`-${amount}`, amount],
          ],
        ),
      );
      await client.query(
        `update wallet.deposit set status = 'SUCCEEDED', transfer_id = $2, provider_payment_id = $3, updated_at = now() where id = $1`,
        [deposit.id, credit.rows[0]!.result.transferId, event.data.id],
      );
      // wallet.deposit-completed, with the credit; the lock makes one of two concurrent first deposits the first.
      await client.query(DEPOSIT_COMPLETION_LOCK, [tenantId, deposit.player_id]);
      await recordDepositCompleted(client, tenantId, {
        playerId: deposit.player_id,
        depositId: deposit.id,
        asset: deposit.asset,
        amount: event.data.amount,
      });
      return 'CREDITED';
    });
  }

  private async load(tenantId: string, id: string): Promise<DepositView> {
    const rows = await withTenant(this.pool, tenantId, (client) =>
      client.query<DepositRow>(`select *, amount::text from wallet.deposit where id = $1`, [id]),
    );
    return toView(rows.rows[0]!);
  }

  private async mapped<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      throw ledgerErrorFromDatabase(error) ?? error;
    }
  }
}
