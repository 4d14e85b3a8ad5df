/**
 * The events the bus holds, one row `e` per event with its job `j` (a job carries one event, or a
 * pack of them from an outbox relay): `select e ->> 'betId' from ${BUS_EVENTS} where j.name = $1`.
 */
export const BUS_EVENTS = `pgboss.job j cross join lateral jsonb_array_elements(case when j.data ? 'events' then j.data -> 'events' else jsonb_build_array(j.data) end) as e`;
