/** The input rules every identity input shares (docs/identity-api.md), in one place. */
export const SLUG_PATTERN = /^[a-z0-9](-?[a-z0-9])*$/;
export const SLUG_MIN = 3;
export const SLUG_MAX = 32;
export const COLOUR_PATTERN = /^#[0-9a-fA-F]{6}$/;
export const EMAIL_MAX = 254;
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 128;
export const DISPLAY_NAME_MIN = 1;
export const DISPLAY_NAME_MAX = 64;
export const TENANT_NAME_MAX = 64;
/** Currency or asset codes: EUR, USD, USDC, BTC… upper-case, 3 to 10 characters. */
export const CURRENCY_PATTERN = /^[A-Z][A-Z0-9]{2,9}$/;
export const MAX_CURRENCIES = 20;
export const TOTP_CODE_PATTERN = /^\d{6}$/;
/** Something visible: a display name of only spaces is as good as none. */
export const VISIBLE_TEXT = /\S/;
