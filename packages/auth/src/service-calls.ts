/** The services that call others, each with a key of its own (SERVICE_KEY). */
export const CALLING_SERVICES = ['gateway', 'games', 'bonus', 'jackpot'] as const;
export type CallingService = (typeof CALLING_SERVICES)[number];

/**
 * Who calls whom: each service's SERVICE_CALLERS lists exactly these callers. What each caller may
 * do there is the callee's own decision (e.g. WALLET_CALLERS in the wallet).
 */
export const CALLERS_OF = {
  identity: ['gateway'],
  wallet: ['gateway', 'games', 'bonus', 'jackpot'],
  games: ['gateway'],
  bonus: ['gateway'],
  jackpot: ['gateway'],
  tournament: ['gateway'],
  compliance: ['gateway'],
} as const satisfies Record<string, readonly CallingService[]>;
