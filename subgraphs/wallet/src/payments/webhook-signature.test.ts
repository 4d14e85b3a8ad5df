import { describe, expect, it } from 'vitest';
import { signWebhook, verifyWebhookSignature } from './webhook-signature.js';

const SECRET = 'whsec-test-0123456789abcdef';
const BODY = '{"id":"evt_1","type":"payment.succeeded"}';
const NOW = 1_800_000_000;
const valid = signWebhook(SECRET, BODY, NOW);

describe('verifyWebhookSignature', () => {
  it.each([
    ['a genuine signature', valid, BODY, NOW, 'VALID'],
    ['a genuine signature within the tolerance', valid, BODY, NOW + 299, 'VALID'],
    ['no header', undefined, BODY, NOW, 'MISSING'],
    ['garbage', 'nonsense', BODY, NOW, 'MALFORMED'],
    ['a short signature', `t=${NOW},v1=abcd`, BODY, NOW, 'MALFORMED'],
    ['an old signature', valid, BODY, NOW + 301, 'EXPIRED'],
    ['a changed body', valid, BODY.replace('1', '2'), NOW, 'MISMATCH'],
    ['another secret', signWebhook('another-secret-0123456789', BODY, NOW), BODY, NOW, 'MISMATCH'],
    ['a moved timestamp', valid.replace(`t=${NOW}`, `t=${NOW + 1}`), BODY, NOW, 'MISMATCH'],
  ])('%s → %s', (_label, header, body, now, expected) => {
    expect(verifyWebhookSignature(SECRET, header, body, now)).toBe(expected);
  });
});
