import { type RouteHandler, sendJson, CodedError } from '@casinox/graphql';
import type { DepositService } from '../deposits/deposit.service.js';
import { type PaymentEvent, parsePaymentEvent } from './payment-event.js';
import { SIGNATURE_HEADER, verifyWebhookSignature } from './webhook-signature.js';

/**
 * `POST /payments/webhook`: the payment provider's asynchronous outcomes. The signature is checked
 * against the raw body before anything is parsed; a bad one is 401 and changes nothing. Handling
 * is idempotent (by the provider's payment id), so the provider may deliver an event twice or out
 * of order. A 5xx makes the provider retry; a 4xx does not.
 */
/** Whoever settles payouts (withdrawals); payments in are deposits. */
export interface PayoutEventHandler {
  applyPayoutEvent(event: PaymentEvent): Promise<string>;
}

export function paymentWebhookRoutes(
  secret: string,
  deposits: DepositService,
  payouts: PayoutEventHandler | null,
): Record<string, RouteHandler> {
  return {
    'POST /payments/webhook': async (req, res, body) => {
      const text = body.toString('utf8');
      const header = req.headers[SIGNATURE_HEADER];
      const check = verifyWebhookSignature(
        secret,
        Array.isArray(header) ? header[0] : header,
        text,
        Math.floor(Date.now() / 1000),
      );
      if (check !== 'VALID')
        return sendJson(res, 401, {
          ok: false,
          code: 'INVALID_SIGNATURE',
          message: `Webhook signature ${check.toLowerCase()}.`,
        });
      try {
        const event = parsePaymentEvent(text);
        const outcome =
          event.data.kind === 'PAYMENT'
            ? await deposits.applyProviderEvent(event)
            : payouts
              ? await payouts.applyPayoutEvent(event)
              : 'IGNORED';
        return sendJson(res, 200, { ok: true, outcome });
      } catch (error) {
        if (error instanceof CodedError)
          return sendJson(res, error.code === 'PAYMENT_MISMATCH' ? 422 : 400, {
            ok: false,
            code: error.code,
            message: error.message,
          });
        throw error;
      }
    },
  };
}
