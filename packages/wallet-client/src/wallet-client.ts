import http from 'node:http';
import { SIGNATURE_HEADER, type ServiceSigner } from '@casinox/auth';
import { Batcher } from '@casinox/db';

/** A balance the wallet reports right after a movement. */
export interface WalletBalance {
  asset: string;
  accountType: string;
  balance: string;
  available: string;
}

/** A jackpot contribution moved from the stake into a pool inside the bet's own transfer. */
export interface PoolContribution {
  /** The pool holder, `<jackpotId>:<tierCode>`. */
  pool: string;
  amount: bigint;
}

/** Whether the stake draws on real (cash) or bonus money first; absent = cash only. */
export type SpendOrder = 'REAL_FIRST' | 'BONUS_FIRST';

/** How a bet's stake and win were split between the player's cash and bonus accounts (minor units, decimal strings). */
export interface BetSplit {
  stakeFromCash: string;
  stakeFromBonus: string;
  winToCash: string;
  winToBonus: string;
}

export interface WalletResult {
  transferId?: string;
  /** bet and bet-win: how the stake (and win) were paid; cash-only bets report stakeFromBonus "0". */
  split?: BetSplit;
  holdId?: string;
  status?: string;
  balances: WalletBalance[];
  /** True when the wallet had already executed this key: the first result, replayed. */
  replayed: boolean;
}

/** The wallet answered with a stable business refusal (INSUFFICIENT_FUNDS, IDEMPOTENCY_KEY_REUSED…): retrying will not change it. */
export class WalletRefusal extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = 'WalletRefusal';
  }
}

/** No answer (timeout, connection refused, 5xx): the outcome is unknown, so the caller retries with the same key. */
export class WalletUnavailable extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WalletUnavailable';
  }
}

/**
 * Client of the wallet's internal seamless-wallet API (`POST /internal/v1/<operation>`), for the
 * subgraphs that move money. Keep-alive sockets (one TCP handshake per socket, not per bet) and a
 * hard timeout per call; every call carries the caller's idempotent id, so a retry after
 * WalletUnavailable is always safe.
 */
const poolsJson = (pools: PoolContribution[] | undefined) =>
  pools && pools.length > 0 ? pools.map((pool) => ({ pool: pool.pool, amount: pool.amount.toString() })) : undefined;

type Parsed = { ok?: boolean; code?: string; message?: string } & Partial<WalletResult>;

/** The bet path's calls, sent in batches while others are in flight (see WalletClient). */
const BATCHED = new Set(['bet-win', 'bet', 'win']);

export class WalletClient {
  private readonly agent: http.Agent;
  private readonly origin: URL;
  /**
   * The bet path's calls that arrive while earlier ones are in flight travel together in one
   * `POST /internal/v1/batch` (up to 16 calls, 4 requests in flight): one HTTP exchange instead of
   * one per bet, each call still answered, refused or retried on its own. A lone call goes at once.
   */
  private readonly batches: Batcher<
    { operation: string; body: Record<string, unknown> },
    { status: number; body: Parsed }
  >;

  /** `url`: the wallet's internal listener; `signer`: the calling service's own credentials. */
  constructor(
    private readonly options: { url: string; signer: ServiceSigner; timeoutMs: number; maxSockets?: number },
  ) {
    this.origin = new URL(options.url);
    this.agent = new http.Agent({ keepAlive: true, maxSockets: options.maxSockets ?? 64 });
    this.batches = new Batcher((calls) => this.sendBatch(calls), { maxBatch: 16, concurrency: 4 });
  }

  /**
   * An instant game's stake and win in one transfer. `jackpots` move part of the stake into pools in
   * the same transfer; `spendOrder` lets the stake draw on bonus money (the win is split in
   * proportion, the bonus share to the bonus account). Both are part of the request the bet id's
   * key is bound to, so a retry must send the same values.
   */
  betWin(body: {
    tenantId: string;
    playerId: string;
    asset: string;
    betId: string;
    stake: bigint;
    win: bigint;
    jackpots?: PoolContribution[];
    spendOrder?: SpendOrder | null;
  }): Promise<WalletResult> {
    return this.call('bet-win', {
      ...body,
      stake: body.stake.toString(),
      win: body.win.toString(),
      jackpots: poolsJson(body.jackpots),
      spendOrder: body.spendOrder ?? undefined,
    });
  }

  bet(body: {
    tenantId: string;
    playerId: string;
    asset: string;
    betId: string;
    stake: bigint;
    jackpots?: PoolContribution[];
    spendOrder?: SpendOrder | null;
  }): Promise<WalletResult> {
    return this.call('bet', {
      ...body,
      stake: body.stake.toString(),
      jackpots: poolsJson(body.jackpots),
      spendOrder: body.spendOrder ?? undefined,
    });
  }

  /** The player's balances (every account type) in one asset, or in every asset when `asset` is absent. */
  balances(body: { tenantId: string; playerId: string; asset?: string }): Promise<WalletResult> {
    return this.call('balances', body);
  }

  /** The ledger balances of jackpot pools (JACKPOT_POOL accounts) by holder; a pool never posted to reads 0. */
  poolBalances(body: {
    tenantId: string;
    asset: string;
    pools: string[];
  }): Promise<{ pools: { pool: string; balance: string }[] }> {
    return this.call('pools', body) as unknown as Promise<{ pools: { pool: string; balance: string }[] }>;
  }

  /** The win of a multi-step round; when its stake drew on bonus money the wallet splits the win in the same proportion. */
  win(body: {
    tenantId: string;
    playerId: string;
    asset: string;
    betId: string;
    winId?: string;
    amount: bigint;
  }): Promise<WalletResult> {
    return this.call('win', { ...body, amount: body.amount.toString() });
  }

  rollback(body: { tenantId: string; playerId: string; betId: string }): Promise<WalletResult> {
    return this.call('rollback', body);
  }

  grant(body: {
    tenantId: string;
    playerId: string;
    asset: string;
    amount: bigint;
    idempotencyKey: string;
    wallet?: 'CASH' | 'BONUS';
    reason?: string;
  }): Promise<WalletResult> {
    return this.call('grant', { ...body, amount: body.amount.toString() });
  }

  bonusConvert(body: {
    tenantId: string;
    playerId: string;
    asset: string;
    amount: bigint;
    idempotencyKey: string;
    grantId: string;
  }): Promise<WalletResult> {
    return this.call('bonus/convert', { ...body, amount: body.amount.toString() });
  }

  bonusForfeit(body: {
    tenantId: string;
    playerId: string;
    asset: string;
    amount: bigint;
    idempotencyKey: string;
    grantId: string;
    reason?: string;
  }): Promise<WalletResult> {
    return this.call('bonus/forfeit', { ...body, amount: body.amount.toString() });
  }

  jackpotPay(body: {
    tenantId: string;
    playerId: string;
    asset: string;
    pool: string;
    amount: bigint;
    winId: string;
  }): Promise<WalletResult> {
    return this.call('jackpot/pay', { ...body, amount: body.amount.toString() });
  }

  jackpotFund(body: {
    tenantId: string;
    asset: string;
    pool: string;
    amount: bigint;
    idempotencyKey: string;
    reason?: string;
  }): Promise<WalletResult> {
    return this.call('jackpot/fund', { ...body, amount: body.amount.toString() });
  }

  close(): void {
    this.agent.destroy();
  }

  private async call(operation: string, body: Record<string, unknown>): Promise<WalletResult> {
    const answer = BATCHED.has(operation)
      ? await this.batches.submit({ operation, body })
      : await this.exchange(operation, JSON.stringify(body));
    const { status, body: parsed } = answer;
    if (status === 200 && parsed.ok)
      return { ...parsed, balances: parsed.balances ?? [], replayed: parsed.replayed ?? false };
    if (status >= 400 && status < 500 && parsed.code && parsed.code !== 'UNAUTHENTICATED')
      throw new WalletRefusal(parsed.code, parsed.message ?? parsed.code, status);
    throw new WalletUnavailable(`wallet ${operation}: HTTP ${status} ${parsed.code ?? ''}`.trim());
  }

  /** One HTTP exchange for a batch; a batch without an answer leaves every call in it unanswered (WalletUnavailable). */
  private async sendBatch(
    calls: { operation: string; body: Record<string, unknown> }[],
  ): Promise<{ status: number; body: Parsed }[]> {
    const { status, body } = await this.exchange('batch', JSON.stringify({ calls }));
    const answers = (body as { answers?: { status: number; body: Parsed }[] }).answers;
    if (status !== 200 || !Array.isArray(answers) || answers.length !== calls.length) {
      throw new WalletUnavailable(`wallet batch: HTTP ${status} ${body.code ?? ''}`.trim());
    }
    return answers;
  }

  /** POST /internal/v1/<path>: the status and the parsed JSON answer; no answer at all rejects with WalletUnavailable. */
  private exchange(path: string, payload: string): Promise<{ status: number; body: Parsed }> {
    const fullPath = `/internal/v1/${path}`;
    const signature = this.options.signer.sign('wallet', { method: 'POST', path: fullPath, body: payload });
    return new Promise((resolve, reject) => {
      const req = http.request(
        {
          agent: this.agent,
          protocol: this.origin.protocol,
          hostname: this.origin.hostname,
          port: this.origin.port,
          method: 'POST',
          path: fullPath,
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(payload),
            [SIGNATURE_HEADER]: signature,
          },
          timeout: this.options.timeoutMs,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('error', (error) => reject(new WalletUnavailable(`wallet ${path}: ${error.message}`)));
          res.on('end', () => {
            const status = res.statusCode ?? 0;
            try {
              resolve({ status, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Parsed });
            } catch {
              reject(new WalletUnavailable(`wallet ${path}: unreadable answer (HTTP ${status})`));
            }
          });
        },
      );
      req.on('timeout', () => req.destroy(new Error(`timed out after ${this.options.timeoutMs} ms`)));
      req.on('error', (error) => reject(new WalletUnavailable(`wallet ${path}: ${error.message}`)));
      req.end(payload);
    });
  }
}
