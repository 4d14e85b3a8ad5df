import { formatMoney, parseMoneyInput, type ParseMoneyInputResult } from '@casinox/web';
import { minorToMajorInput } from '../games/stake-limits';

/**
 * The tenant's withdrawal rules: minor units of the main currency in the API, major units on
 * screen ("1000.00" USD, not "100000"). String arithmetic with the currency's scale, never a float.
 */

export interface RuleCurrency {
  code: string;
  scale: number;
}

/** The rules as the API returns them (Money strings of minor units). */
export interface WithdrawalRules {
  mainCurrency: RuleCurrency;
  dailyWithdrawalLimit: string;
  approvalThreshold: string;
}

/** What the operator typed: a currency code and two amounts in its major units. */
export interface WithdrawalRulesDraft {
  mainCurrency: string;
  dailyWithdrawalLimit: string;
  approvalThreshold: string;
}

export type RuleField = keyof WithdrawalRulesDraft;

/** The input `updateWalletSettings` takes. */
export interface WithdrawalRulesInput {
  mainCurrency: string;
  dailyWithdrawalLimit: string;
  approvalThreshold: string;
}

export type ReadRulesResult =
  { ok: true; input: WithdrawalRulesInput } | { ok: false; problems: Partial<Record<RuleField, string>> };

export function draftFromRules(rules: WithdrawalRules): WithdrawalRulesDraft {
  return {
    mainCurrency: rules.mainCurrency.code,
    dailyWithdrawalLimit: minorToMajorInput(rules.dailyWithdrawalLimit, rules.mainCurrency.scale),
    approvalThreshold: minorToMajorInput(rules.approvalThreshold, rules.mainCurrency.scale),
  };
}

const ZERO = /^(?:0+(?:\.0*)?|\.0+)$/;

/**
 * Like parseMoneyInput, but 0 is a rule too (a limit of 0 switches withdrawals off; a threshold
 * of 0 sends every withdrawal for approval). Too many decimals are refused even on a zero.
 */
export function parseRuleAmount(input: string, scale: number): ParseMoneyInputResult {
  const text = input.trim();
  if (!ZERO.test(text)) return parseMoneyInput(text, scale);
  const decimals = text.split('.')[1]?.length ?? 0;
  return decimals > scale ? parseMoneyInput(text, scale) : { ok: true, minor: '0' };
}

/**
 * The draft → the API input, with the chosen currency's scale (amounts keep what was typed when the
 * currency changes); every problem at once, so the form can mark each field.
 */
export function readRulesDraft(draft: WithdrawalRulesDraft, choices: readonly RuleCurrency[]): ReadRulesResult {
  const currency = choices.find((c) => c.code === draft.mainCurrency);
  if (!currency) return { ok: false, problems: { mainCurrency: 'Choose one of the listed currencies.' } };
  const problems: Partial<Record<RuleField, string>> = {};
  const limit = parseRuleAmount(draft.dailyWithdrawalLimit, currency.scale);
  if (!limit.ok) problems.dailyWithdrawalLimit = limit.problem;
  const threshold = parseRuleAmount(draft.approvalThreshold, currency.scale);
  if (!threshold.ok) problems.approvalThreshold = threshold.problem;
  if (!limit.ok || !threshold.ok) return { ok: false, problems };
  return {
    ok: true,
    input: { mainCurrency: currency.code, dailyWithdrawalLimit: limit.minor, approvalThreshold: threshold.minor },
  };
}

/** Whether the input would change anything (a reformatted but equal amount does not). */
export function rulesChanged(saved: WithdrawalRules, input: WithdrawalRulesInput): boolean {
  return (
    saved.mainCurrency.code !== input.mainCurrency ||
    BigInt(saved.dailyWithdrawalLimit) !== BigInt(input.dailyWithdrawalLimit) ||
    BigInt(saved.approvalThreshold) !== BigInt(input.approvalThreshold)
  );
}

/** The rules in plain words, as a player would experience them. */
export function describeRules(rules: WithdrawalRules): string[] {
  const { code, scale } = rules.mainCurrency;
  const limit = BigInt(rules.dailyWithdrawalLimit);
  const threshold = BigInt(rules.approvalThreshold);
  const money = (minor: string) => formatMoney(minor, scale, code);
  if (limit === 0n) return ['Withdrawals are switched off: every request is refused, in every currency.'];
  const lines = [
    `A player may withdraw up to ${money(rules.dailyWithdrawalLimit)} a day (UTC), pending withdrawals included.`,
  ];
  if (threshold === 0n) lines.push('Every withdrawal waits for two finance approvals.');
  else if (threshold >= limit)
    lines.push('No withdrawal within the daily limit needs approval: the threshold is at or above the limit.');
  else
    lines.push(
      `Withdrawals above ${money(rules.approvalThreshold)} wait for two finance approvals; smaller ones are paid out at once.`,
    );
  lines.push(`Withdrawals in any currency other than ${code} always need two approvals.`);
  return lines;
}
