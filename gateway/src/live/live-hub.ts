import type { Principal } from '@casinox/auth';
import {
  type ExecutionResult,
  type FieldNode,
  type FragmentDefinitionNode,
  Kind,
  type OperationDefinitionNode,
} from 'graphql';
import { followUpDocument } from './follow-up-document.js';
import { createPushIterator, type PushIterator } from './push-iterator.js';
import { type LiveTopic, TENANT_VARIABLE, watchedTenant } from './topics.js';

/** Runs a query through the gateway as `token`'s principal, or signed out when `token` is null (visitors' follow-ups). */
export type RunQuery = (
  document: string,
  variables: Record<string, unknown>,
  token: string | null,
) => Promise<ExecutionResult>;

interface Subscriber {
  topic: LiveTopic;
  /** The subscriber's selection as a catch-up query (per-event topics that support it). */
  catchUp: { document: string; variables: Record<string, unknown> } | null;
  /** Null for a visitor (public topics only): its queries run without a token, naming the casino. */
  principal: Principal | null;
  args: Record<string, unknown>;
  responseKey: string;
  groupKey: string;
  document: string;
  variables: Record<string, unknown>;
  iterator: PushIterator<ExecutionResult>;
  /** Catch-up subscribers: the highest sequence catch-up delivered (a live event at or below it is a duplicate). */
  caughtUpTo: number | null;
  /** Live events that arrive while catch-up runs, delivered after it unless catch-up already had them. */
  buffered: unknown[] | null;
}

/** Alias under which a catch-up query also reads each item's sequence (removed before the client sees it). */
const CATCH_UP_SEQUENCE = 'liveCatchUpSequence';

export interface SubscribeRequest {
  topic: LiveTopic;
  principal: Principal | null;
  args: Record<string, unknown>;
  field: FieldNode;
  operation: OperationDefinitionNode;
  fragments: Record<string, FragmentDefinitionNode>;
  variableValues: Record<string, unknown>;
}

/** When a subscriber's token expires (never, for a visitor). */
const expiresAt = (subscriber: Subscriber) => subscriber.principal?.expiresAt ?? Number.POSITIVE_INFINITY;

/**
 * Fans Postgres notifications out to graphql-ws subscribers. For each event, subscribers who see
 * the same data (same topic audience, same selection, same variables) form a group, and each
 * group costs ONE follow-up query through the gateway, whatever its size. Visitors of a casino
 * (public topics) form one audience whose follow-up runs without a token.
 */
export class LiveHub {
  private readonly subscribers = new Set<Subscriber>();
  /** The same subscribers by topic: an event costs nothing for topics nobody watches, and only its topic's subscribers are visited. */
  private readonly byTopic = new Map<LiveTopic, Set<Subscriber>>();
  private readonly byChannel = new Map<string, LiveTopic[]>();

  constructor(
    topics: LiveTopic[],
    private readonly runQuery: RunQuery,
    private readonly log: (message: string, error?: unknown) => void = console.error,
  ) {
    for (const topic of topics)
      this.byChannel.set(topic.channel, [...(this.byChannel.get(topic.channel) ?? []), topic]);
  }

  get channels(): string[] {
    return [...this.byChannel.keys()];
  }

  get size(): number {
    return this.subscribers.size;
  }

  subscribe(request: SubscribeRequest): AsyncGenerator<ExecutionResult> {
    const { topic, principal, args, field } = request;
    const rootVariables = [
      ...(topic.eventVariable ? [topic.eventVariable] : []),
      ...(topic.public ? [TENANT_VARIABLE] : []),
    ];
    const followUp = followUpDocument(
      topic.followUpField(null),
      field,
      request.operation,
      request.fragments,
      request.variableValues,
      rootVariables,
    );
    // Public topics name the watched casino in the follow-up (the subgraphs resolve it with publicTenant).
    if (topic.public) followUp.variables[TENANT_VARIABLE.name] = watchedTenant(principal, args);
    const after = topic.eventCatchUp ? args[topic.eventCatchUp.argument] : undefined;
    const catchUp =
      topic.eventCatchUp && typeof after === 'string'
        ? followUpDocument(
            topic.eventCatchUp.field,
            withSequence(field),
            request.operation,
            request.fragments,
            request.variableValues,
            [{ name: 'liveAfter', type: 'String!' }],
          )
        : null;
    const subscriber: Subscriber = {
      topic,
      catchUp: catchUp && { document: catchUp.document, variables: { ...catchUp.variables, liveAfter: after } },
      principal,
      args,
      responseKey: field.alias?.value ?? field.name.value,
      groupKey: [
        topic.field,
        topic.audienceKey(principal, args),
        followUp.document,
        JSON.stringify(followUp.variables),
      ].join('\u0000'),
      document: followUp.document,
      variables: followUp.variables,
      iterator: createPushIterator<ExecutionResult>(() => {
        this.subscribers.delete(subscriber);
        this.byTopic.get(topic)?.delete(subscriber);
      }),
      caughtUpTo: catchUp && /^\d+$/.test(String(after)) ? Number(after) : null,
      buffered: catchUp ? [] : null,
    };
    this.subscribers.add(subscriber);
    const watching = this.byTopic.get(topic);
    if (watching) watching.add(subscriber);
    else this.byTopic.set(topic, new Set([subscriber]));
    void this.catchUp(subscriber);
    return subscriber.iterator;
  }

  /** Closes every subscription of principals whose token has expired; they resubscribe with a fresh one. */
  dropExpired(nowSeconds = Date.now() / 1000): void {
    for (const subscriber of this.subscribers) if (expiresAt(subscriber) <= nowSeconds) subscriber.iterator.end();
  }

  /** One notification: every topic fed by `channel` (several may share one, e.g. the bet feeds). */
  async dispatch(channel: string, raw: string): Promise<void> {
    await Promise.all((this.byChannel.get(channel) ?? []).map((topic) => this.dispatchTopic(topic, raw)));
  }

  /** After the listener lost its connection, events may have been missed: resend current state. */
  async refreshAll(): Promise<void> {
    const groups = new Map<string, Subscriber[]>();
    // Per-event topics (a bet feed) have no "current state" to resend: their clients refetch their lists.
    for (const subscriber of this.subscribers) {
      if (!subscriber.topic.eventVariable)
        groups.set(subscriber.groupKey, [...(groups.get(subscriber.groupKey) ?? []), subscriber]);
    }
    await Promise.all([...groups.values()].map((group) => this.deliver(group, {})));
  }

  close(): void {
    for (const window of this.throttled.values()) clearTimeout(window.timer);
    this.throttled.clear();
    for (const subscriber of this.subscribers) subscriber.iterator.end();
  }

  private readonly throttled = new Map<string, { timer: NodeJS.Timeout; pending: unknown }>();

  private async dispatchTopic(topic: LiveTopic, raw: string): Promise<void> {
    if (!this.byTopic.get(topic)?.size) return;
    let payload: unknown;
    try {
      payload = topic.parse(raw);
    } catch (error) {
      this.log(`ignoring malformed ${topic.channel} payload`, error);
      return;
    }
    if (topic.throttle) {
      const key = `${topic.field}\u0000${topic.throttle.key(payload)}`;
      const window = this.throttled.get(key);
      if (window) {
        window.pending = payload;
        return;
      }
      const open = {
        pending: undefined as unknown,
        timer: setTimeout(() => {
          this.throttled.delete(key);
          if (open.pending !== undefined) void this.dispatchTopic(topic, JSON.stringify(open.pending));
        }, topic.throttle.ms),
      };
      open.timer.unref();
      this.throttled.set(key, open);
    }
    await this.deliverEvent(topic, payload);
  }

  private async deliverEvent(topic: LiveTopic, payload: unknown): Promise<void> {
    const groups = new Map<string, Subscriber[]>();
    for (const subscriber of this.byTopic.get(topic) ?? []) {
      if (!topic.matches(subscriber.principal, subscriber.args, payload)) continue;
      if (subscriber.buffered) {
        subscriber.buffered.push(payload);
        continue;
      }
      if (subscriber.caughtUpTo !== null && topic.sequence(payload) <= subscriber.caughtUpTo) continue;
      const group = groups.get(subscriber.groupKey);
      if (group) group.push(subscriber);
      else groups.set(subscriber.groupKey, [subscriber]);
    }
    const eventVariables = this.eventVariables(topic, payload);
    await Promise.all([...groups.values()].map((group) => this.deliver(group, eventVariables)));
  }

  private eventVariables(topic: LiveTopic, payload: unknown): Record<string, unknown> {
    return topic.eventVariable ? { [topic.eventVariable.name]: topic.eventVariable.value(payload) } : {};
  }

  private async deliver(group: Subscriber[], eventVariables: Record<string, unknown>): Promise<void> {
    // Any member's token sees the same data; take the one that lives longest (a visitor's, no token, never expires).
    const leader = group.reduce((best, s) => (expiresAt(s) > expiresAt(best) ? s : best));
    let result: ExecutionResult;
    try {
      result = await this.runQuery(
        leader.document,
        { ...leader.variables, ...eventVariables },
        leader.principal?.token ?? null,
      );
    } catch (error) {
      this.log(`follow-up for ${leader.topic.field} failed`, error);
      return;
    }
    for (const subscriber of group) subscriber.iterator.push(this.shape(subscriber, result));
  }

  private shape(subscriber: Subscriber, result: ExecutionResult): ExecutionResult {
    const data = (result.data as { result?: unknown } | null | undefined)?.result;
    return {
      data: data === undefined ? null : { [subscriber.responseKey]: data },
      ...(result.errors ? { errors: result.errors } : {}),
    };
  }

  /** A reconnecting client passes the last sequence it saw; send the current state if newer (or, per event, what it missed). */
  private async catchUp(subscriber: Subscriber): Promise<void> {
    const { topic } = subscriber;
    if (subscriber.catchUp) {
      try {
        const result = await this.runQuery(
          subscriber.catchUp.document,
          subscriber.catchUp.variables,
          subscriber.principal?.token ?? null,
        );
        const missed = (result.data as { result?: unknown } | null | undefined)?.result;
        if (result.errors) subscriber.iterator.push({ data: null, errors: result.errors });
        for (const item of Array.isArray(missed) ? (missed as Record<string, unknown>[]) : []) {
          const { [CATCH_UP_SEQUENCE]: sequence, ...selected } = item;
          if (/^\d+$/.test(String(sequence)))
            subscriber.caughtUpTo = Math.max(subscriber.caughtUpTo ?? 0, Number(sequence));
          subscriber.iterator.push({ data: { [subscriber.responseKey]: selected } });
        }
      } catch (error) {
        this.log(`catch-up for ${topic.field} failed`, error);
      }
      // What arrived meanwhile, minus what catch-up already delivered (a notification can trail its commit).
      const buffered = subscriber.buffered ?? [];
      subscriber.buffered = null;
      for (const payload of buffered) {
        if (subscriber.caughtUpTo !== null && topic.sequence(payload) <= subscriber.caughtUpTo) continue;
        await this.deliver([subscriber], this.eventVariables(topic, payload));
      }
      return;
    }
    const seen = topic.catchUpArgument ? subscriber.args[topic.catchUpArgument] : undefined;
    if (typeof seen !== 'number' || !topic.sequenceField) return;
    try {
      const probe = await this.runQuery(
        `query LiveSequence { result: ${topic.followUpField(null)} { ${topic.sequenceField} } }`,
        {},
        subscriber.principal?.token ?? null,
      );
      const current = (probe.data as { result?: Record<string, unknown> } | undefined)?.result?.[topic.sequenceField];
      if (typeof current !== 'number' || current <= seen) return;
      const result = await this.runQuery(
        subscriber.document,
        subscriber.variables,
        subscriber.principal?.token ?? null,
      );
      subscriber.iterator.push(this.shape(subscriber, result));
    } catch (error) {
      this.log(`catch-up for ${topic.field} failed`, error);
    }
  }
}

/** The subscriber's selection plus the item's sequence under CATCH_UP_SEQUENCE (catch-up topics list Bets). */
function withSequence(field: FieldNode): FieldNode {
  const sequence: FieldNode = {
    kind: Kind.FIELD,
    alias: { kind: Kind.NAME, value: CATCH_UP_SEQUENCE },
    name: { kind: Kind.NAME, value: 'sequence' },
  };
  const selections = [...(field.selectionSet?.selections ?? []), sequence];
  return { ...field, selectionSet: { kind: Kind.SELECTION_SET, selections } };
}
