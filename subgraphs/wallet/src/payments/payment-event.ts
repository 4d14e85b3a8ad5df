import { CodedError } from '@casinox/graphql';

export const PAYMENT_EVENT_TYPES = [
  'payment.processing',
  'payment.succeeded',
  'payment.failed',
  'payout.succeeded',
  'payout.failed',
] as const;
export type PaymentEventType = (typeof PAYMENT_EVENT_TYPES)[number];

/** A provider webhook body, as the wallet reads it. */
export interface PaymentEvent {
  id: string;
  type: PaymentEventType;
  /** Order of events of one payment at the provider (deliveries may arrive in any order). */
  sequence: number;
  data: {
    id: string;
    kind: 'PAYMENT' | 'PAYOUT';
    merchantReference: string;
    asset: string;
    amount: bigint;
    metadata: Record<string, string>;
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Parses a webhook body (already authenticated); anything off-shape is INVALID_REQUEST. Pure. */
export function parsePaymentEvent(text: string): PaymentEvent {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw invalid('the body is not JSON');
  }
  const event = raw as { id?: unknown; type?: unknown; sequence?: unknown; data?: Record<string, unknown> };
  const data = event.data;
  if (
    typeof event.id !== 'string' ||
    !PAYMENT_EVENT_TYPES.includes(event.type as PaymentEventType) ||
    typeof event.sequence !== 'number' ||
    !data
  ) {
    throw invalid('id, type, sequence and data are required');
  }
  const metadata = data.metadata as Record<string, string> | undefined;
  if (
    typeof data.id !== 'string' ||
    (data.kind !== 'PAYMENT' && data.kind !== 'PAYOUT') ||
    typeof data.merchantReference !== 'string' ||
    !UUID.test(data.merchantReference) ||
    typeof data.asset !== 'string' ||
    typeof data.amount !== 'string' ||
    !/^\d{1,19}$/.test(data.amount) ||
    typeof metadata?.tenantId !== 'string' ||
    !UUID.test(metadata.tenantId)
  ) {
    throw invalid('data is incomplete');
  }
  return {
    id: event.id,
    type: event.type as PaymentEventType,
    sequence: event.sequence,
    data: {
      id: data.id,
      kind: data.kind,
      merchantReference: data.merchantReference,
      asset: data.asset,
      amount: BigInt(data.amount),
      metadata,
    },
  };
}

const invalid = (why: string) => new CodedError('INVALID_REQUEST', `Malformed payment event: ${why}.`);
