import { describe, expect, it } from 'vitest';
import { forfeitConfirmationFrom } from './withdraw-forfeit';

describe('forfeitConfirmationFrom', () => {
  it('reads the bonus money at stake from the refusal', () => {
    expect(
      forfeitConfirmationFrom(
        [{ extensions: { code: 'BONUS_FORFEIT_CONFIRMATION_REQUIRED', forfeitAmount: '1234', asset: 'EUR' } }],
        'USD',
      ),
    ).toEqual({ forfeitAmount: '1234', asset: 'EUR' });
  });

  it.each([[[{ extensions: { code: 'INSUFFICIENT_FUNDS' } }]], [[]], [undefined]])(
    'is null for any other outcome (%j)',
    (errors) => {
      expect(forfeitConfirmationFrom(errors, 'EUR')).toBeNull();
    },
  );

  it('falls back to the form’s asset and zero when the extensions are incomplete', () => {
    expect(
      forfeitConfirmationFrom(
        [{ extensions: { code: 'BONUS_FORFEIT_CONFIRMATION_REQUIRED', forfeitAmount: 'lots' } }],
        'EUR',
      ),
    ).toEqual({ forfeitAmount: '0', asset: 'EUR' });
  });
});
