import type { Principal } from '@casinox/auth';
import { type ExecutionResult, type FragmentDefinitionNode, getOperationAST, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { rootField } from './follow-up-document.js';
import { LiveHub, type RunQuery } from './live-hub.js';
import { betSettled, bigWins, jackpotUpdated, tenantUpdated } from './topics.js';

let seq = 0;
const principal = (tenantId: string, overrides: Partial<Principal> = {}): Principal => ({
  kind: 'player',
  userId: `u-${++seq}`,
  tenantId,
  playerId: `p-${seq}`,
  operatorId: null,
  role: null,
  platformAdmin: false,
  scopes: [],
  audience: 'casinox:player',
  expiresAt: Math.floor(Date.now() / 1000) + 600,
  token: `token-${tenantId}`,
  ...overrides,
});

function subscribe(
  hub: LiveHub,
  who: Principal,
  source = 'subscription { tenantUpdated { id name } }',
  args: Record<string, unknown> = {},
) {
  const document = parse(source);
  const operation = getOperationAST(document)!;
  return hub.subscribe({
    topic: tenantUpdated,
    principal: who,
    args,
    field: rootField(operation)!,
    operation,
    fragments: {} as Record<string, FragmentDefinitionNode>,
    variableValues: {},
  });
}

/** Stands in for the gateway's executor; counts how many follow-up queries the hub runs. */
function recorder(version = 2) {
  const calls: { document: string; token: string | null }[] = [];
  const run: RunQuery = async (document, _variables, token) => {
    calls.push({ document, token });
    const tenant = (token ?? '').replace('token-', '');
    return { data: { result: { id: tenant, name: `Tenant ${tenant}`, version } } } as ExecutionResult;
  };
  return { calls, run };
}

const event = (tenantId: string, version = 2) => JSON.stringify({ tenantId, slug: tenantId, version });

describe('LiveHub', () => {
  it('runs ONE follow-up per event for many subscribers who see the same thing', async () => {
    const { calls, run } = recorder();
    const hub = new LiveHub([tenantUpdated], run);
    const streams = Array.from({ length: 200 }, () => subscribe(hub, principal('a')));
    await hub.dispatch('cx_tenant_updated', event('a'));
    expect(calls).toHaveLength(1);
    const results = await Promise.all(streams.map((s) => s.next()));
    expect(results.every((r) => (r.value as ExecutionResult).data?.tenantUpdated !== undefined)).toBe(true);
  });

  it('delivers only to subscribers of the changed tenant', async () => {
    const { calls, run } = recorder();
    const hub = new LiveHub([tenantUpdated], run);
    const a = subscribe(hub, principal('a'));
    const b = subscribe(hub, principal('b'));
    await hub.dispatch('cx_tenant_updated', event('b'));
    expect(calls.map((c) => c.token)).toEqual(['token-b']);
    expect((await b.next()).value).toEqual({ data: { tenantUpdated: { id: 'b', name: 'Tenant b', version: 2 } } });
    await a.return(undefined);
    expect(hub.size).toBe(1);
  });

  it('groups by selection: different selections cost one query each', async () => {
    const { calls, run } = recorder();
    const hub = new LiveHub([tenantUpdated], run);
    subscribe(hub, principal('a'));
    subscribe(hub, principal('a'), 'subscription { x: tenantUpdated { slug } }');
    await hub.dispatch('cx_tenant_updated', event('a'));
    expect(calls).toHaveLength(2);
  });

  it('ignores malformed payloads and unknown channels', async () => {
    const { calls, run } = recorder();
    const hub = new LiveHub([tenantUpdated], run, () => {});
    subscribe(hub, principal('a'));
    await hub.dispatch('cx_tenant_updated', '{not json');
    await hub.dispatch('cx_other', event('a'));
    expect(calls).toHaveLength(0);
  });

  it('spends nothing on a topic nobody watches, and nothing on it again once its last subscriber leaves', async () => {
    const { calls, run } = recorder();
    const logged: string[] = [];
    const hub = new LiveHub([tenantUpdated], run, (message) => logged.push(message));
    // Not even parsed: a malformed payload would have been logged.
    await hub.dispatch('cx_tenant_updated', '{not json');
    expect(logged).toEqual([]);
    const stream = subscribe(hub, principal('a'));
    await hub.dispatch('cx_tenant_updated', '{not json');
    expect(logged).toHaveLength(1);
    await stream.return(undefined);
    await hub.dispatch('cx_tenant_updated', event('a'));
    expect(calls).toHaveLength(0);
    expect(logged).toHaveLength(1);
  });

  it('catches a reconnecting subscriber up when the tenant moved past its version', async () => {
    const { calls, run } = recorder(5);
    const hub = new LiveHub([tenantUpdated], run);
    const behind = subscribe(hub, principal('a'), undefined, { afterVersion: 3 });
    expect((await behind.next()).value).toMatchObject({ data: { tenantUpdated: { id: 'a' } } });
    subscribe(hub, principal('a'), undefined, { afterVersion: 5 });
    await new Promise((r) => setTimeout(r, 10));
    expect(calls.filter((c) => c.document.includes('LiveSequence'))).toHaveLength(2);
    expect(calls.filter((c) => c.document.includes('LiveFollowUp'))).toHaveLength(1);
  });

  it('sends a catching-up feed each bet once, even when its notification trails the catch-up', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const run: RunQuery = async (document, variables) => {
      if (document.includes('settledBets')) {
        await gate;
        // Bets 2 and 3 committed before the subscription: catch-up returns them.
        return {
          data: { result: [2, 3].map((n) => ({ id: `b${n}`, liveCatchUpSequence: String(n) })) },
        } as ExecutionResult;
      }
      return { data: { result: { id: variables.liveEventId } } } as ExecutionResult;
    };
    const hub = new LiveHub([betSettled], run);
    const operator = principal('t', {
      kind: 'operator',
      operatorId: 'o',
      role: 'SUPPORT',
      playerId: null,
      audience: 'casinox:admin',
    });
    const document = parse('subscription ($after: String) { betSettled(afterSequence: $after) { id } }');
    const operation = getOperationAST(document)!;
    const stream = hub.subscribe({
      topic: betSettled,
      principal: operator,
      args: { afterSequence: '1' },
      field: rootField(operation)!,
      operation,
      fragments: {},
      variableValues: { after: '1' },
    });
    const bet = (n: number) => JSON.stringify({ tenantId: 't', playerId: 'p', betId: `b${n}`, seq: n });
    // Bet 3's notification arrives while catch-up runs, bet 2's after it, bet 4 is new.
    await hub.dispatch('cx_bet_settled', bet(3));
    release();
    const ids: unknown[] = [];
    for (let i = 0; i < 2; i++) ids.push(((await stream.next()).value as ExecutionResult).data?.betSettled);
    await hub.dispatch('cx_bet_settled', bet(2));
    await hub.dispatch('cx_bet_settled', bet(4));
    ids.push(((await stream.next()).value as ExecutionResult).data?.betSettled);
    expect(ids).toEqual([{ id: 'b2' }, { id: 'b3' }, { id: 'b4' }]);
    hub.close();
  });

  it('drops subscribers whose token expired', () => {
    const hub = new LiveHub([tenantUpdated], recorder().run);
    subscribe(hub, principal('a', { expiresAt: Math.floor(Date.now() / 1000) - 1 }));
    subscribe(hub, principal('a'));
    hub.dropExpired();
    expect(hub.size).toBe(1);
  });
});

describe('LiveHub throttling (jackpot tickers)', () => {
  it('sends one follow-up at once and one trailing with the latest state per window, however many events', async () => {
    const { jackpotUpdated } = await import('./topics.js');
    const variables: Record<string, unknown>[] = [];
    const run: RunQuery = async (_document, vars) => {
      variables.push(vars);
      return { data: { result: { id: vars.liveEventId } } } as ExecutionResult;
    };
    const hub = new LiveHub([jackpotUpdated], run);
    const document = parse('subscription { jackpotUpdated { id } }');
    const operation = getOperationAST(document)!;
    const stream = hub.subscribe({
      topic: jackpotUpdated,
      principal: principal('t'),
      args: {},
      field: rootField(operation)!,
      operation,
      fragments: {},
      variableValues: {},
    });
    for (let i = 0; i < 1000; i++)
      await hub.dispatch('cx_jackpot_updated', JSON.stringify({ tenantId: 't', jackpotId: 'j1', seq: i }));
    await hub.dispatch('cx_jackpot_updated', JSON.stringify({ tenantId: 't', jackpotId: 'j2', seq: 1 }));
    expect(variables.map((v) => v.liveEventId)).toEqual(['j1', 'j2']);
    await new Promise((resolve) => setTimeout(resolve, 400));
    // The burst on j1 ends with one trailing follow-up; j2 had nothing pending.
    expect(variables.map((v) => v.liveEventId)).toEqual(['j1', 'j2', 'j1']);
    expect((await stream.next()).value).toMatchObject({ data: { jackpotUpdated: { id: 'j1' } } });
    hub.close();
  });
});

describe('LiveHub visitors (public lobby topics)', () => {
  const A = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
  const B = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb';

  function watch(
    hub: LiveHub,
    topic: typeof bigWins | typeof jackpotUpdated,
    who: Principal | null,
    args: Record<string, unknown>,
    source: string,
  ) {
    const document = parse(source);
    const operation = getOperationAST(document)!;
    return hub.subscribe({
      topic,
      principal: who,
      args,
      field: rootField(operation)!,
      operation,
      fragments: {},
      variableValues: {},
    });
  }

  function follower() {
    const calls: { document: string; variables: Record<string, unknown>; token: string | null }[] = [];
    const run: RunQuery = async (document, variables, token) => {
      calls.push({ document, variables, token });
      return { data: { result: { id: variables.liveEventId, playerAlias: 'Player-1' } } } as ExecutionResult;
    };
    return { calls, run };
  }
  const win = (tenantId: string, betId = 'b1') =>
    JSON.stringify({ tenantId, playerId: 'p1', betId, seq: 1, bigWin: true });

  it("runs ONE token-less follow-up per event for a casino's visitors, naming the casino, and nothing for another casino's", async () => {
    const { calls, run } = follower();
    const hub = new LiveHub([bigWins], run);
    const visitorsA = Array.from({ length: 50 }, () =>
      watch(hub, bigWins, null, { tenantId: A }, 'subscription { bigWins { id playerAlias } }'),
    );
    const visitorB = watch(hub, bigWins, null, { tenantId: B }, 'subscription { bigWins { id playerAlias } }');
    await hub.dispatch('cx_bet_settled', win(A));
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ token: null, variables: { liveEventId: 'b1', liveTenantId: A } });
    expect(calls[0]!.document).toContain('bigWin(id: $liveEventId, tenantId: $liveTenantId)');
    const received = await Promise.all(visitorsA.map((stream) => stream.next()));
    expect(received.every((r) => (r.value as ExecutionResult).data?.bigWins !== undefined)).toBe(true);
    const nothing = await Promise.race([
      visitorB.next().then(() => 'event'),
      new Promise((resolve) => setTimeout(() => resolve('nothing'), 20)),
    ]);
    expect(nothing).toBe('nothing');
    hub.close();
  });

  it('lets signed-in players and visitors of a casino share the big-win follow-up (the same pseudonymised data), run without a token', async () => {
    const { calls, run } = follower();
    const hub = new LiveHub([bigWins], run);
    watch(hub, bigWins, principal(A), {}, 'subscription { bigWins { id playerAlias } }');
    watch(hub, bigWins, null, { tenantId: A }, 'subscription { bigWins { id playerAlias } }');
    await hub.dispatch('cx_bet_settled', win(A));
    expect(calls).toEqual([
      expect.objectContaining({ token: null, variables: { liveEventId: 'b1', liveTenantId: A } }),
    ]);
    hub.close();
  });

  it("keeps a casino's visitors apart from its players on jackpots (a player's optedIn is theirs): the players' follow-up carries their token", async () => {
    const { calls, run } = follower();
    const hub = new LiveHub([jackpotUpdated], run);
    const player = principal(A);
    watch(hub, jackpotUpdated, player, {}, 'subscription { jackpotUpdated { id optedIn } }');
    watch(hub, jackpotUpdated, null, { tenantId: A }, 'subscription { jackpotUpdated { id optedIn } }');
    await hub.dispatch('cx_jackpot_updated', JSON.stringify({ tenantId: A, jackpotId: 'j1', seq: 1 }));
    expect(calls.map((c) => c.token).sort()).toEqual([null, player.token].sort());
    expect(calls.every((c) => c.variables.liveTenantId === A)).toBe(true);
    hub.close();
  });

  it('never drops a visitor as expired (it has no token); signed-in subscribers still expire', () => {
    const hub = new LiveHub([bigWins], follower().run);
    watch(hub, bigWins, null, { tenantId: A }, 'subscription { bigWins { id } }');
    watch(
      hub,
      bigWins,
      principal(A, { expiresAt: Math.floor(Date.now() / 1000) - 1 }),
      {},
      'subscription { bigWins { id } }',
    );
    hub.dropExpired();
    expect(hub.size).toBe(1);
    hub.close();
  });
});
