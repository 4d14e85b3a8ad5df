import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { type RouteHandler, sendJson } from '@casinox/graphql';
import type pg from 'pg';
import { findAsset } from '../../assets/asset-catalogue.js';
import { lastSegment } from '../../shared/route-table.js';
import type { PaymentEventType } from '../payment-event.js';
import type { PaymentProvider, ProviderRequest, SettlementReport } from '../payment-provider.js';
import { SIGNATURE_HEADER, signWebhook } from '../webhook-signature.js';
import { type CheckoutView, renderCheckoutDone, renderCheckoutPage } from './checkout-page.js';
import { decidePayoutOutcome } from './decide-payout-outcome.js';
import type { SandboxPaymentKind, SandboxPaymentStatus } from './sandbox-payment.entity.js';

/** How the provider delivers the outcome's webhook: the failure modes a tester can trigger on the checkout. */
export const DELIVERY_MODES = ['normal', 'delayed', 'duplicated', 'out-of-order'] as const;
/** `lost`: settled, but the webhook never leaves (payouts whose amount ends in 17). */
export type DeliveryMode = (typeof DELIVERY_MODES)[number] | 'lost';

export interface SandboxProviderOptions {
  /** Signs every webhook (HMAC-SHA256); the wallet verifies with the same secret. */
  secret: string;
  /** How long a "delayed" delivery (and every payout) waits before the webhook is sent. */
  delayMs: number;
  /** Origin players reach the checkout at; defaults to the wallet's own. */
  publicUrl?: string;
  /** Where webhooks go; defaults to the wallet's own `/payments/webhook`. */
  webhookUrl?: string;
}

interface Row {
  id: string;
  kind: SandboxPaymentKind;
  merchant_reference: string;
  asset: string;
  amount: string;
  status: SandboxPaymentStatus;
  metadata: Record<string, string>;
  return_url: string | null;
}

const MAX_ATTEMPTS = 5;

/**
 * A payment provider for test mode, run inside the wallet service but behaving like a separate
 * party: it keeps its own records (sandbox_payment), serves a hosted checkout page, and reports
 * outcomes only through asynchronous webhooks over HTTP, signed with HMAC-SHA256 and retried on
 * 5xx or network errors. Failure modes: declined (checkout button), delayed, duplicated and
 * out-of-order deliveries (checkout option), refused payouts (amounts ending in 13), payouts
 * whose webhook is lost (amounts ending in 17). After the checkout the player is sent back to the
 * merchant's return URL (303 See Other) when the payment named one.
 */
export class SandboxProvider implements PaymentProvider {
  private origin: string | null = null;
  private readonly inflight = new Set<Promise<void>>();
  private readonly abort = new AbortController();

  constructor(
    private readonly pool: pg.Pool,
    private readonly options: SandboxProviderOptions,
  ) {}

  /** Called once the wallet listens: the provider then knows the default URLs. */
  attach(origin: string): void {
    this.origin = origin;
  }

  async createPayment(
    input: ProviderRequest & { returnUrl: string | null },
  ): Promise<{ paymentId: string; checkoutUrl: string }> {
    const { row } = await this.open('PAYMENT', input, input.returnUrl);
    return {
      paymentId: row.id,
      checkoutUrl: `${this.options.publicUrl ?? this.requireOrigin()}/sandbox/checkout/${row.id}`,
    };
  }

  async createPayout(input: ProviderRequest): Promise<{ payoutId: string }> {
    const { row, created } = await this.open('PAYOUT', input, null);
    if (row.status === 'OPEN') {
      // Settled once whatever happens (the update is guarded by OPEN), also when asked again after a restart lost the timer.
      const outcome = decidePayoutOutcome(BigInt(row.amount));
      this.schedule(() =>
        this.settle(row.id, outcome.succeeded, outcome.webhook === 'lost' && created ? 'lost' : 'delayed'),
      );
    } else if (!created) {
      // Asked again for a payout it already settled: the merchant missed the verdict, send it again.
      this.schedule(() =>
        this.deliver(this.event(row, row.status === 'SUCCEEDED' ? 'payout.succeeded' : 'payout.failed', 2)),
      );
    }
    return { payoutId: row.id };
  }

  async settlementReport(tenantId: string, recentSince: Date): Promise<SettlementReport> {
    const totals = await this.pool.query<{ asset: string; paid_in: string; paid_out: string }>(
      `select asset, coalesce(sum(amount) filter (where kind = 'PAYMENT'), 0)::text as paid_in, coalesce(sum(amount) filter (where kind = 'PAYOUT'), 0)::text as paid_out
         from wallet.sandbox_payment where metadata->>'tenantId' = $1 and status = 'SUCCEEDED' group by asset order by asset`,
      [tenantId],
    );
    const recent = await this.pool.query<Row & { updated_at: Date }>(
      `select *, amount::text from wallet.sandbox_payment where metadata->>'tenantId' = $1 and status = 'SUCCEEDED' and updated_at >= $2 order by updated_at, id`,
      [tenantId, recentSince],
    );
    return {
      totals: totals.rows.map((row) => ({
        asset: row.asset,
        paidIn: BigInt(row.paid_in),
        paidOut: BigInt(row.paid_out),
      })),
      recent: recent.rows.map((row) => ({
        id: row.id,
        kind: row.kind,
        merchantReference: row.merchant_reference,
        asset: row.asset,
        amount: BigInt(row.amount),
        settledAt: row.updated_at,
      })),
    };
  }

  routes(): Record<string, RouteHandler> {
    return {
      'GET /sandbox/checkout/*': async (req, res) => {
        const row = await this.find(lastSegment(req.url));
        if (!row || row.kind !== 'PAYMENT')
          return sendHtml(
            res,
            404,
            renderCheckoutDone(
              { paymentId: '', asset: '', scale: 0, amount: 0n, status: 'FAILED', returnUrl: null },
              'No such payment.',
            ),
          );
        return sendHtml(res, 200, renderCheckoutPage(view(row)), row.return_url);
      },
      'POST /sandbox/checkout/*': async (req, res, body) => {
        const form = new URLSearchParams(body.toString('utf8'));
        const action = form.get('action');
        const delivery = (form.get('delivery') ?? 'normal') as (typeof DELIVERY_MODES)[number];
        if ((action !== 'pay' && action !== 'decline') || !DELIVERY_MODES.includes(delivery))
          return sendJson(res, 400, { error: 'action must be pay or decline' });
        const row = await this.settle(lastSegment(req.url), action === 'pay', delivery);
        if (!row)
          return sendHtml(
            res,
            409,
            renderCheckoutDone(
              { paymentId: '', asset: '', scale: 0, amount: 0n, status: 'FAILED', returnUrl: null },
              'This payment is not open.',
            ),
          );
        // Back to the merchant, as hosted checkouts do: 303 turns the form POST into a GET of the return URL.
        if (row.return_url)
          return redirect(res, checkoutReturnUrl(row.return_url, row.status === 'SUCCEEDED' ? 'approved' : 'declined'));
        return sendHtml(
          res,
          200,
          renderCheckoutDone(view(row), action === 'pay' ? 'Your payment was approved.' : 'Your payment was declined.'),
        );
      },
    };
  }

  /** Stops sending: pending delays end at once, deliveries under way finish. */
  async stop(): Promise<void> {
    this.abort.abort();
    await Promise.allSettled([...this.inflight]);
  }

  private async open(
    kind: SandboxPaymentKind,
    input: ProviderRequest,
    returnUrl: string | null,
  ): Promise<{ row: Row; created: boolean }> {
    // One record per merchant reference: a retried call finds the first one.
    const inserted = await this.pool.query(
      `insert into wallet.sandbox_payment (id, kind, merchant_reference, asset, amount, status, metadata, return_url, created_at, updated_at)
       values ($1, $2, $3, $4, $5, 'OPEN', $6, $7, now(), now()) on conflict (kind, merchant_reference) do nothing`,
      [
        `${kind === 'PAYMENT' ? 'pay' : 'po'}_${randomUUID().replaceAll('-', '')}`,
        kind,
        input.reference,
        input.asset,
        input.amount.toString(),
        input.metadata,
        returnUrl,
      ],
    );
    const rows = await this.pool.query<Row>(
      `select *, amount::text from wallet.sandbox_payment where kind = $1 and merchant_reference = $2`,
      [kind, input.reference],
    );
    return { row: rows.rows[0]!, created: (inserted.rowCount ?? 0) === 1 };
  }

  private async find(id: string): Promise<Row | null> {
    const rows = await this.pool.query<Row>(`select *, amount::text from wallet.sandbox_payment where id = $1`, [id]);
    return rows.rows[0] ?? null;
  }

  /** Closes an open payment or payout once, then sends its webhook(s) the way `delivery` says. */
  private async settle(id: string, succeeded: boolean, delivery: DeliveryMode): Promise<Row | null> {
    const rows = await this.pool.query<Row>(
      `update wallet.sandbox_payment set status = $2, updated_at = now() where id = $1 and status = 'OPEN' returning *, amount::text`,
      [id, succeeded ? 'SUCCEEDED' : 'FAILED'],
    );
    const row = rows.rows[0];
    if (!row) return null;
    const prefix = row.kind === 'PAYMENT' ? 'payment' : 'payout';
    const final = this.event(row, `${prefix}.${succeeded ? 'succeeded' : 'failed'}` as PaymentEventType, 2);
    if (delivery === 'lost') return row;
    if (delivery === 'normal') this.schedule(() => this.deliver(final));
    if (delivery === 'delayed') this.schedule(() => this.deliver(final), this.options.delayMs);
    if (delivery === 'duplicated') {
      this.schedule(() => this.deliver(final));
      this.schedule(() => this.deliver(final));
    }
    if (delivery === 'out-of-order') {
      // The final event overtakes the earlier "processing" one, which arrives last.
      const processing = this.event(row, 'payment.processing', 1);
      this.schedule(async () => {
        await this.deliver(final);
        await this.deliver(processing);
      });
    }
    return row;
  }

  private event(row: Row, type: PaymentEventType, sequence: number) {
    return {
      id: `evt_${randomUUID().replaceAll('-', '')}`,
      type,
      sequence,
      createdAt: new Date().toISOString(),
      data: {
        id: row.id,
        kind: row.kind,
        merchantReference: row.merchant_reference,
        asset: row.asset,
        amount: row.amount,
        metadata: row.metadata,
      },
    };
  }

  private schedule(work: () => Promise<unknown>, delayMs = 0): void {
    const run = (async () => {
      if (delayMs > 0) await sleep(delayMs, undefined, { signal: this.abort.signal });
      await work();
    })()
      .catch((error: unknown) => {
        if (!this.abort.signal.aborted) console.error('[wallet] sandbox provider', error);
      })
      .finally(() => this.inflight.delete(run));
    this.inflight.add(run);
  }

  /** POSTs one signed event; retries (with back-off) while the receiver fails or is unreachable. */
  private async deliver(event: ReturnType<SandboxProvider['event']>): Promise<void> {
    const body = JSON.stringify(event);
    const url = this.options.webhookUrl ?? `${this.requireOrigin()}/payments/webhook`;
    for (let attempt = 1; attempt <= MAX_ATTEMPTS && !this.abort.signal.aborted; attempt += 1) {
      try {
        const res = await fetch(url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            [SIGNATURE_HEADER]: signWebhook(this.options.secret, body, Math.floor(Date.now() / 1000)),
          },
          body,
        });
        await res.arrayBuffer();
        if (res.status < 500) return;
      } catch {
        // unreachable: retry
      }
      await sleep(attempt * 250, undefined, { signal: this.abort.signal });
    }
  }

  private requireOrigin(): string {
    if (!this.origin) throw new Error('the sandbox provider is not attached to a running wallet');
    return this.origin;
  }
}

const view = (row: Row): CheckoutView => ({
  paymentId: row.id,
  asset: row.asset,
  scale: findAsset(row.asset)?.scale ?? 0,
  amount: BigInt(row.amount),
  status: row.status,
  returnUrl: row.return_url,
});

/** The merchant's return URL with the checkout's outcome added (`checkout=approved|declined`). */
export function checkoutReturnUrl(returnUrl: string, outcome: 'approved' | 'declined'): string {
  const url = new URL(returnUrl);
  url.searchParams.set('checkout', outcome);
  return url.href;
}

/**
 * `form-action` also governs where the form's POST may redirect: the checkout's own origin, plus
 * the merchant's return origin (which the merchant validated: never an arbitrary site).
 */
function sendHtml(
  res: import('node:http').ServerResponse,
  status: number,
  html: string,
  returnUrl: string | null = null,
): void {
  const formAction = returnUrl ? `'self' ${new URL(returnUrl).origin}` : "'self'";
  res.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    'content-security-policy': `default-src 'none'; style-src 'unsafe-inline'; form-action ${formAction}`,
  });
  res.end(html);
}

function redirect(res: import('node:http').ServerResponse, location: string): void {
  res.writeHead(303, { location, 'cache-control': 'no-store' });
  res.end();
}
