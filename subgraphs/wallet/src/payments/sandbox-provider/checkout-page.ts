import { formatMinorUnits } from '@casinox/graphql';

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const layout = (title: string, body: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)} · CasinoX Sandbox Pay</title>
<style>body{font-family:system-ui,sans-serif;max-width:28rem;margin:3rem auto;padding:0 1rem;color:#111}
.card{border:1px solid #ccc;border-radius:8px;padding:1.5rem}.amount{font-size:2rem;font-weight:600}
button{font-size:1rem;padding:.6rem 1.2rem;margin-right:.5rem;border-radius:6px;border:1px solid #555;cursor:pointer}
.pay{background:#0a7d32;color:#fff;border-color:#0a7d32}label{display:block;margin:1rem 0 .3rem}</style></head>
<body><main class="card"><p>CasinoX Sandbox Pay — test mode, no real money</p>${body}</main></body></html>`;

export interface CheckoutView {
  paymentId: string;
  asset: string;
  scale: number;
  amount: bigint;
  status: 'OPEN' | 'SUCCEEDED' | 'FAILED';
  /** Where the merchant takes the player back to (the link on a finished checkout). */
  returnUrl: string | null;
}

/**
 * The hosted checkout: plain HTML with Pay and Decline, and how the webhook should be delivered
 * (the failure modes a tester can trigger).
 */
export function renderCheckoutPage(view: CheckoutView): string {
  const amount = `${formatMinorUnits(view.amount, view.scale)} ${view.asset}`;
  if (view.status !== 'OPEN') return renderCheckoutDone(view, 'This payment is already complete.');
  return layout(
    `Pay ${amount}`,
    `<h1>Pay <span class="amount">${escape(amount)}</span></h1>
<form method="post" action="/sandbox/checkout/${encodeURIComponent(view.paymentId)}">
<label for="delivery">Webhook delivery (sandbox failure modes)</label>
<select id="delivery" name="delivery">
<option value="normal">Normal: once, right away</option>
<option value="delayed">Delayed</option>
<option value="duplicated">Duplicated: the same event twice</option>
<option value="out-of-order">Out of order: "succeeded" before "processing"</option>
</select>
<p><button class="pay" type="submit" name="action" value="pay">Pay</button>
<button type="submit" name="action" value="decline">Decline</button></p>
</form>`,
  );
}

export function renderCheckoutDone(view: CheckoutView, message: string): string {
  const outcome =
    view.status === 'SUCCEEDED' ? 'Payment approved' : view.status === 'FAILED' ? 'Payment declined' : 'Payment open';
  const back = view.returnUrl
    ? `<p><a href="${escape(view.returnUrl)}">Return to the casino</a></p>`
    : '<p>You can close this page and return to the casino.</p>';
  return layout(outcome, `<h1>${escape(outcome)}</h1><p>${escape(message)}</p>${back}`);
}
