export {
  seedTenant,
  seedPlayer,
  seedOperator,
  seedPlatformAdmin,
  currentSigningKey,
  type SeededTenant,
  type SeededPlayer,
  type SeededOperator,
} from './builders.js';
export { seedDemo, DEMO_TENANTS, DEMO_LOGINS, type DemoSeed, type DemoLogin, type DemoTenantKey } from './demo.js';
export { testTokenSigner } from './test-tokens.js';
