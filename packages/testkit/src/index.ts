export { createTestDatabase, type TestDatabase } from './database.js';
export { freePort } from './ports.js';
export { graphql, errorCode, bearer, unique, type GraphQLResponse } from './graphql-client.js';
export { ledgerInvariants } from './ledger-invariants.js';
export { startChildService, type ChildService } from './child-service.js';
export { BUS_EVENTS } from './bus-events.js';
export { TEST_SERVICE_KEYS, testSigner, testServiceEnv, internalPost } from './service-keys.js';
export { insertTenant, insertPlayer, setTenantCurrencies } from './identity-rows.js';
