export {
  contentSecurityPolicy,
  createNonce,
  gatewayOrigins,
  HSTS_VALUE,
  parseHstsMode,
  requestIsHttps,
  servesHttps,
  staticSecurityHeaders,
  type ContentSecurityPolicyOptions,
  type HstsMode,
} from './headers';
export { securityHeadersProxy } from './proxy';
