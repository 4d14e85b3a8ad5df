/**
 * Per-tenant bonus settings and their defaults.
 *
 * - `maxWageringMultiplier`: the highest wagering multiplier a campaign may set. The default is 10,
 *   the UK Gambling Commission's cap on bonus wagering that applies from January 2026. A tenant
 *   licensed elsewhere may raise it (or lower it); campaign validation enforces whatever the
 *   tenant's value is.
 * - `maxClaimsPerDay`: how many bonus claims one player may make in a rolling 24 hours (an abuse
 *   control). Default 3.
 *
 * The multiplier is an integer ≥ 0, the claim limit an integer ≥ 1 (a tenant that wants no claims
 * pauses its campaigns). Loading and storing them is the service's job; this file only
 * names them so every decision reads the same shape.
 */
export interface BonusSettings {
  maxWageringMultiplier: number;
  maxClaimsPerDay: number;
}

/** The UK cap on wagering requirements (× the bonus amount), in force from January 2026. */
export const UK_MAX_WAGERING_MULTIPLIER = 10;

export const DEFAULT_BONUS_SETTINGS: Readonly<BonusSettings> = Object.freeze({
  maxWageringMultiplier: UK_MAX_WAGERING_MULTIPLIER,
  maxClaimsPerDay: 3,
});
