import { AuthError, type Principal } from '@casinox/auth';

/**
 * A live topic: a Subscription field fed by one Postgres NOTIFY channel. The NOTIFY payload is
 * small (ids and a sequence number); the data a subscriber selected is fetched through the gateway
 * with ONE follow-up query per event and per group of subscribers who see the same thing.
 */
export interface LiveTopic<Payload = unknown> {
  /** Subscription field name. */
  field: string;
  /** The field's SDL inside `type Subscription`, with its description. */
  sdl: string;
  /** Postgres channel the owning subgraph notifies after commit. */
  channel: string;
  parse(raw: string): Payload;
  /**
   * A lobby topic anyone may watch: a visitor (a connection without credentials) subscribes naming
   * the casino in the field's `tenantId: ID` argument. Its follow-up field names the casino as
   * `$liveTenantId` and, for visitors, runs without a token: it reads only what the lobby shows anyone.
   */
  public?: boolean;
  /** Throws when a signed-in principal may not subscribe (checked at subscribe time; see `authorizeSubscription`). */
  authorize(principal: Principal, args: Record<string, unknown>): void;
  /** Whether a subscriber receives this event (`null`: a visitor, on public topics only). */
  matches(principal: Principal | null, args: Record<string, unknown>, payload: Payload): boolean;
  /** Subscribers with the same key see the same data, so they share one follow-up query. */
  audienceKey(principal: Principal | null, args: Record<string, unknown>): string;
  /** Root query field (with arguments) that re-reads the event's entity, e.g. `currentTenant` or `myBet(id: $liveEventId)`. */
  followUpField(payload: Payload | null): string;
  /**
   * For topics whose follow-up reads the event's own entity: the variable the follow-up field uses
   * (declared once in the shared document, its value taken from each event's payload).
   */
  eventVariable?: { name: string; type: string; value(payload: Payload): unknown };
  /**
   * For per-event topics: how a reconnecting subscriber receives the events it missed. When the
   * subscription carries `argument`, the hub runs `field` (a list, oldest first, reading the
   * argument's value as `$liveAfter`) with the subscriber's selection and pushes each item.
   */
  eventCatchUp?: { argument: string; field: string };
  /**
   * At most one follow-up per `key` every `ms` (trailing: the last event of a burst is always
   * delivered), for topics whose events come with every bet (jackpot pools).
   */
  throttle?: { ms: number; key(payload: Payload): string };
  /** Position of the event in its stream, to let reconnecting subscribers catch up. */
  sequence(payload: Payload): number;
  /** Subscription argument holding the last sequence the client saw, if the topic supports it. */
  catchUpArgument?: string;
  /** Field of the follow-up result carrying the current sequence. */
  sequenceField?: string;
}

interface TenantUpdated {
  tenantId: string;
  slug: string;
  version: number;
}

export const tenantUpdated: LiveTopic<TenantUpdated> = {
  field: 'tenantUpdated',
  sdl: `"""
  The caller's tenant, after every committed change to it (name, branding, currencies, status).
  Pass the last \`version\` you saw as \`afterVersion\` to receive the current state at once when it is newer.
  """
  tenantUpdated("The last tenant version the client has seen." afterVersion: Int): Tenant!`,
  channel: 'cx_tenant_updated',
  parse(raw) {
    const value = JSON.parse(raw) as Partial<TenantUpdated>;
    if (typeof value.tenantId !== 'string' || typeof value.version !== 'number')
      throw new Error('bad tenant_updated payload');
    return { tenantId: value.tenantId, slug: String(value.slug ?? ''), version: value.version };
  },
  authorize(principal) {
    if (!principal.tenantId) throw new AuthError('FORBIDDEN', 'tenantUpdated needs a session in a tenant.');
  },
  matches: (principal, _args, payload) => !!principal && principal.tenantId === payload.tenantId,
  audienceKey: (principal) => `${principal?.tenantId}|${principal?.kind}|${principal?.role ?? ''}`,
  followUpField: () => 'currentTenant',
  sequence: (payload) => payload.version,
  catchUpArgument: 'afterVersion',
  sequenceField: 'version',
};

interface BalanceChanged {
  tenantId: string;
  playerId: string;
  /** The committing transaction's id: grows with commits, identical for one transaction's rows. */
  seq: number;
}

/**
 * The signed-in player's balances after every committed change to them. The wallet notifies
 * `cx_balance_changed` once the money moved: its internal postings (bets, wins, grants…) right after
 * their commit, every other path from a trigger on the account row inside the changing transaction;
 * the follow-up re-reads `myWallets` (a list, so the subscription field is a list too).
 */
export const myBalance: LiveTopic<BalanceChanged> = {
  field: 'myBalance',
  sdl: `"""
  The signed-in player's wallets (one per asset: balance, available, held, bonus), pushed after every committed
  change to any of them — a deposit, a bet, a win, a withdrawal hold. Player sessions only.
  """
  myBalance: [Wallet!]!`,
  channel: 'cx_balance_changed',
  parse(raw) {
    const value = JSON.parse(raw) as Partial<BalanceChanged>;
    if (typeof value.tenantId !== 'string' || typeof value.playerId !== 'string')
      throw new Error('bad balance_changed payload');
    return { tenantId: value.tenantId, playerId: value.playerId, seq: Number(value.seq ?? 0) };
  },
  authorize(principal) {
    if (principal.kind !== 'player' || !principal.tenantId || !principal.playerId)
      throw new AuthError('FORBIDDEN', 'myBalance needs a player session.');
  },
  matches: (principal, _args, payload) =>
    principal?.kind === 'player' && principal.playerId === payload.playerId && principal.tenantId === payload.tenantId,
  audienceKey: (principal) => `${principal?.tenantId}|player|${principal?.playerId}`,
  followUpField: () => 'myWallets',
  sequence: (payload) => payload.seq,
};

interface BetSettled {
  tenantId: string;
  playerId: string;
  betId: string;
  /** Position in the tenant's bet.settled outbox (games.bet_event.seq). */
  seq: number;
  bigWin: boolean;
}

function parseBetSettled(raw: string): BetSettled {
  const value = JSON.parse(raw) as Partial<BetSettled>;
  if (typeof value.tenantId !== 'string' || typeof value.playerId !== 'string' || typeof value.betId !== 'string')
    throw new Error('bad bet_settled payload');
  return {
    tenantId: value.tenantId,
    playerId: value.playerId,
    betId: value.betId,
    seq: Number(value.seq ?? 0),
    bigWin: value.bigWin === true,
  };
}

const betIdVariable = { name: 'liveEventId', type: 'ID!', value: (payload: BetSettled) => payload.betId };

/**
 * Every settled bet of the operator's tenant (the admin's live feed). The games subgraph notifies
 * `cx_bet_settled` once the transaction that settled the bet committed; the follow-up reads `bet(id)` once per
 * event and audience, so fields of the bet's Player from identity resolve too.
 */
export const betSettled: LiveTopic<BetSettled> = {
  field: 'betSettled',
  sdl: `"""
  Every bet of the operator's casino as it settles (operators only): the live bet feed.
  """
  betSettled("The last Bet.sequence you saw: the bets settled since arrive first." afterSequence: String): Bet!`,
  channel: 'cx_bet_settled',
  parse: parseBetSettled,
  authorize(principal) {
    if (principal.kind !== 'operator' || !principal.tenantId)
      throw new AuthError('FORBIDDEN', 'betSettled needs an operator session in a tenant.');
  },
  matches: (principal, _args, payload) => principal?.kind === 'operator' && principal.tenantId === payload.tenantId,
  audienceKey: (principal) => `${principal?.tenantId}|operator`,
  followUpField: () => 'bet(id: $liveEventId)',
  eventVariable: betIdVariable,
  eventCatchUp: { argument: 'afterSequence', field: 'settledBets(afterSequence: $liveAfter, first: 500)' },
  sequence: (payload) => payload.seq,
};

/** The signed-in player's own bets as they settle (another tab, auto-bet, a recovered bet). */
export const myBets: LiveTopic<BetSettled> = {
  field: 'myBets',
  sdl: `"""
  Your bets as they settle (player sessions only).
  """
  myBets("The last Bet.sequence you saw: your bets settled since arrive first." afterSequence: String): Bet!`,
  channel: 'cx_bet_settled',
  parse: parseBetSettled,
  authorize(principal) {
    if (principal.kind !== 'player' || !principal.tenantId || !principal.playerId)
      throw new AuthError('FORBIDDEN', 'myBets needs a player session.');
  },
  matches: (principal, _args, payload) =>
    principal?.kind === 'player' && principal.playerId === payload.playerId && principal.tenantId === payload.tenantId,
  audienceKey: (principal) => `${principal?.tenantId}|player|${principal?.playerId}`,
  followUpField: () => 'myBet(id: $liveEventId)',
  eventVariable: betIdVariable,
  eventCatchUp: { argument: 'afterSequence', field: 'mySettledBets(afterSequence: $liveAfter, first: 500)' },
  sequence: (payload) => payload.seq,
};

/** The follow-up variable naming the watched casino, declared by the hub for public topics. */
export const TENANT_VARIABLE = { name: 'liveTenantId', type: 'ID!' } as const;

/** The casino a subscriber watches: their own when signed in, the one a visitor named. */
export function watchedTenant(principal: Principal | null, args: Record<string, unknown>): string | null {
  if (principal) return principal.tenantId;
  return typeof args.tenantId === 'string' ? args.tenantId : null;
}

const TENANT_ARGUMENT = '"The casino, when signed out (signed in, it can only be your own)." tenantId: ID';

/** Wins of at least 10× the stake in a casino, for the lobby ticker (winners by pseudonym; visitors too). */
export const bigWins: LiveTopic<BetSettled> = {
  field: 'bigWins',
  sdl: `"""
  Big wins (≥ 10× the stake) in your casino as they happen, for the lobby ticker; winners are shown by pseudonym.
  Signed out, name the casino with \`tenantId\`.
  """
  bigWins(${TENANT_ARGUMENT}): BigWin!`,
  channel: 'cx_bet_settled',
  parse: parseBetSettled,
  public: true,
  authorize(principal) {
    if (!principal.tenantId) throw new AuthError('FORBIDDEN', 'bigWins needs a session in a tenant.');
  },
  matches: (principal, args, payload) => payload.bigWin && watchedTenant(principal, args) === payload.tenantId,
  // Everyone watching a casino, signed in or not, sees the same pseudonymised win: one follow-up
  // per event for the whole casino (a visitor leads the group when there is one: it needs no token).
  audienceKey: (principal, args) => `${watchedTenant(principal, args)}`,
  followUpField: () => `bigWin(id: $liveEventId, tenantId: $${TENANT_VARIABLE.name})`,
  eventVariable: betIdVariable,
  sequence: (payload) => payload.seq,
};

interface JackpotChanged {
  tenantId: string;
  jackpotId: string;
  winId?: string;
  seq: number;
}

function parseJackpotChanged(raw: string): JackpotChanged {
  const value = JSON.parse(raw) as Partial<JackpotChanged>;
  if (typeof value.tenantId !== 'string' || typeof value.jackpotId !== 'string') throw new Error('bad jackpot payload');
  return {
    tenantId: value.tenantId,
    jackpotId: value.jackpotId,
    winId: typeof value.winId === 'string' ? value.winId : undefined,
    seq: Number(value.seq ?? 0),
  };
}

const inTenant = (principal: Principal | null, args: Record<string, unknown>, payload: { tenantId: string }) =>
  watchedTenant(principal, args) === payload.tenantId;
/**
 * Jackpot data differs by caller only in `optedIn` (players) and a win's `playerId` (operators, the
 * winner): visitors of a casino, who see neither, form one audience.
 */
const jackpotAudience = (principal: Principal | null, args: Record<string, unknown>) =>
  principal
    ? `${principal.tenantId}|${principal.kind}|${principal.kind === 'player' ? principal.playerId : ''}`
    : `${watchedTenant(null, args)}|visitor|`;

/**
 * A jackpot's pools as bets feed them (the lobby and game-page tickers). The jackpot subgraph
 * notifies on every pool change; the gateway sends at most four follow-ups per jackpot per second,
 * whatever the bet rate, each with the latest pools.
 */
export const jackpotUpdated: LiveTopic<JackpotChanged> = {
  field: 'jackpotUpdated',
  sdl: `"""
  Your casino's jackpots as their pools change (at most a few updates per second per jackpot): the live tickers.
  Signed out, name the casino with \`tenantId\`.
  """
  jackpotUpdated(${TENANT_ARGUMENT}): Jackpot!`,
  channel: 'cx_jackpot_updated',
  parse: parseJackpotChanged,
  public: true,
  authorize(principal) {
    if (!principal.tenantId) throw new AuthError('FORBIDDEN', 'jackpotUpdated needs a session in a tenant.');
  },
  matches: (principal, args, payload) => inTenant(principal, args, payload),
  audienceKey: jackpotAudience,
  followUpField: () => `jackpot(id: $liveEventId, tenantId: $${TENANT_VARIABLE.name})`,
  eventVariable: { name: 'liveEventId', type: 'ID!', value: (payload) => payload.jackpotId },
  throttle: { ms: 250, key: (payload) => payload.jackpotId },
  sequence: (payload) => payload.seq,
};

/** A jackpot paid out in the caller's casino (the winners' wall, the announcement). */
export const jackpotWon: LiveTopic<JackpotChanged> = {
  field: 'jackpotWon',
  sdl: `"""
  Jackpot wins in your casino as they are paid, with what is needed to verify them (the winner only for operators and the winner).
  Signed out, name the casino with \`tenantId\`.
  """
  jackpotWon(${TENANT_ARGUMENT}): JackpotWin!`,
  channel: 'cx_jackpot_won',
  parse: parseJackpotChanged,
  public: true,
  authorize(principal) {
    if (!principal.tenantId) throw new AuthError('FORBIDDEN', 'jackpotWon needs a session in a tenant.');
  },
  matches: (principal, args, payload) => inTenant(principal, args, payload) && payload.winId !== undefined,
  audienceKey: jackpotAudience,
  followUpField: () => `jackpotWin(id: $liveEventId, tenantId: $${TENANT_VARIABLE.name})`,
  eventVariable: { name: 'liveEventId', type: 'ID!', value: (payload) => payload.winId },
  sequence: (payload) => payload.seq,
};

interface BonusChanged {
  tenantId: string;
  playerId: string;
  grantId: string;
  seq: number;
}

/** The signed-in player's bonus after every committed change: the wagering progress bar moves as they play. */
export const bonusUpdated: LiveTopic<BonusChanged> = {
  field: 'bonusUpdated',
  sdl: `"""
  Your bonuses as they change — claimed, activated, every wagered bet, converted, expired (player sessions only).
  """
  bonusUpdated: Bonus!`,
  channel: 'cx_bonus_updated',
  parse(raw) {
    const value = JSON.parse(raw) as Partial<BonusChanged>;
    if (typeof value.tenantId !== 'string' || typeof value.playerId !== 'string' || typeof value.grantId !== 'string')
      throw new Error('bad bonus payload');
    return { tenantId: value.tenantId, playerId: value.playerId, grantId: value.grantId, seq: Number(value.seq ?? 0) };
  },
  authorize(principal) {
    if (principal.kind !== 'player' || !principal.tenantId || !principal.playerId)
      throw new AuthError('FORBIDDEN', 'bonusUpdated needs a player session.');
  },
  matches: (principal, _args, payload) =>
    principal?.kind === 'player' && principal.playerId === payload.playerId && principal.tenantId === payload.tenantId,
  audienceKey: (principal) => `${principal?.tenantId}|player|${principal?.playerId}`,
  followUpField: () => 'myBonus(id: $liveEventId)',
  eventVariable: { name: 'liveEventId', type: 'ID!', value: (payload) => payload.grantId },
  sequence: (payload) => payload.seq,
};

export const LIVE_TOPICS: LiveTopic[] = [
  tenantUpdated as LiveTopic,
  myBalance as LiveTopic,
  betSettled as LiveTopic,
  myBets as LiveTopic,
  bigWins as LiveTopic,
  jackpotUpdated as LiveTopic,
  jackpotWon as LiveTopic,
  bonusUpdated as LiveTopic,
];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Why a subscription is refused, as the `extensions.code` and message the client receives. */
export interface Refusal {
  code: 'UNAUTHENTICATED' | 'FORBIDDEN' | 'TOKEN_EXPIRED' | 'TOKEN_REVOKED' | 'BAD_USER_INPUT';
  message: string;
}

/**
 * The subscribe-time check for every topic (null when allowed). A visitor (no principal) may watch
 * only a public topic, naming the casino by id; a casino that does not exist, or publishes nothing
 * (suspended), simply sends nothing. A signed-in caller passes the topic's own rule and, like
 * `publicTenant` for queries, may name only their own casino.
 */
export function authorizeSubscription(
  topic: LiveTopic,
  principal: Principal | null,
  args: Record<string, unknown>,
): Refusal | null {
  const named = args.tenantId;
  if (!principal) {
    if (!topic.public) return { code: 'UNAUTHENTICATED', message: `Sign in to subscribe to ${topic.field}.` };
    if (typeof named !== 'string')
      return { code: 'BAD_USER_INPUT', message: `Name the casino (tenantId) to watch ${topic.field} signed out.` };
    if (!UUID.test(named)) return { code: 'BAD_USER_INPUT', message: 'tenantId is not a valid id.' };
    return null;
  }
  if (topic.public && named != null && named !== principal.tenantId)
    return { code: 'FORBIDDEN', message: 'You can only watch your own casino.' };
  try {
    topic.authorize(principal, args);
    return null;
  } catch (error) {
    if (error instanceof AuthError) return { code: error.code, message: error.message };
    throw error;
  }
}

/** The Subscription type the gateway adds to the composed API schema. */
export function subscriptionSdl(topics: LiveTopic[] = LIVE_TOPICS): string {
  return `"""Live updates over graphql-ws at the same URL as queries; authorised by the connection's token (the lobby's topics also signed out, naming the casino)."""\ntype Subscription {\n  ${topics.map((topic) => topic.sdl).join('\n  ')}\n}\n`;
}
