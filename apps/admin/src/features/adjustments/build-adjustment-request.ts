import { assetMaxAmount, assetScale, parseMoneyInput } from '@casinox/web';

/** What the "request an adjustment" form holds. */
export interface AdjustmentForm {
  playerId: string;
  asset: string;
  direction: 'CREDIT' | 'DEBIT';
  amount: string;
  reason: string;
}

export type AdjustmentField = keyof AdjustmentForm;

export type BuildAdjustmentResult =
  | { ok: true; variables: { playerId: string; asset: string; amount: string; reason: string } }
  | { ok: false; errors: Partial<Record<AdjustmentField, string>> };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The API's requestAdjustment arguments for a form, or what to fix field by field: a player id,
 * a known currency, a positive amount within the currency's decimals (made negative for a
 * debit), and a 3–500 character reason. The API checks it all again. Pure.
 */
export function buildAdjustmentRequest(form: AdjustmentForm): BuildAdjustmentResult {
  const errors: Partial<Record<AdjustmentField, string>> = {};
  const playerId = form.playerId.trim();
  if (!UUID.test(playerId)) errors.playerId = 'Enter the player’s id (find it on the Players screen).';
  const scale = assetScale(form.asset);
  let minor: string | null = null;
  if (scale === null) errors.asset = 'Choose a currency.';
  else {
    const parsed = parseMoneyInput(form.amount, scale, assetMaxAmount(form.asset));
    if (parsed.ok) minor = parsed.minor;
    else errors.amount = parsed.problem;
  }
  const reason = form.reason.trim();
  if (reason.length < 3 || reason.length > 500)
    errors.reason = 'Give a reason of 3–500 characters for the approver and the audit trail.';
  if (Object.keys(errors).length > 0 || minor === null) return { ok: false, errors };
  return {
    ok: true,
    variables: {
      playerId: playerId.toLowerCase(),
      asset: form.asset,
      amount: form.direction === 'DEBIT' ? `-${minor}` : minor,
      reason,
    },
  };
}
