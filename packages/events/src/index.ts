export { EventBus, PACK_SIZE, cronEvery } from './event-bus.js';
export { OutboxRelay, outboxVisibilityDdl } from './outbox-relay.js';
export { outboxEntities, outboxRelays, type OutboxRelays, type OutboxTableOptions } from './outbox.js';
export { installEventBus, BUS_SCHEMA } from './install-event-bus.js';
export {
  EVENT_TOPOLOGY,
  SCHEDULED_JOBS,
  type ScheduledJobName,
  RETRY_LIMIT,
  deadLetterQueue,
  type BetSettledEvent,
  type BetContribution,
  type BonusWageringEvent,
  type DepositCompletedEvent,
  type JackpotOptInEvent,
  type JackpotRound,
  type JackpotRulesEvent,
  type WithdrawalRequestedEvent,
  type EventName,
  type EventPayloads,
  type QueueName,
} from './topology.js';
export { TenantCurrencies, tenantCurrencyDdl } from './tenant-currencies.js';
export type { TenantCurrenciesEvent, PlayerRegisteredEvent } from './topology.js';
