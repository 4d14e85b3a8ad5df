export { EventBus } from './event-bus.js';
export { installEventBus, BUS_SCHEMA } from './install-event-bus.js';
export { EVENT_TOPOLOGY, RETRY_LIMIT, deadLetterQueue, type BetSettledEvent, type EventName, type EventPayloads, type QueueName } from './topology.js';
