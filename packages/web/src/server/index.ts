export { gatewayHttpUrl } from './env';
export { gatewayRequest, statusForCode, type GatewayResult, type GatewayRequestOptions } from './gateway-request';
export {
  json,
  problemResponse,
  problemFor,
  rejectCrossSite,
  readJsonObject,
  stringField,
  readCookie,
  refreshCookieHeader,
  clearRefreshCookieHeader,
  tokenBody,
  refreshMaxAge,
  sessionResponse,
  type RefreshCookie,
  type IssuedSession,
} from './bff';
export { handleRefresh, handleLogout } from './session-routes';
