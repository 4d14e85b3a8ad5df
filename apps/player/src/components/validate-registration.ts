export interface RegistrationInput {
  displayName: string;
  email: string;
  password: string;
}

export type RegistrationErrors = Partial<Record<keyof RegistrationInput, string>>;

// The identity API's rules (it validates again and stays the authority).
export const PASSWORD_MIN_LENGTH = 10;
const PASSWORD_MAX_LENGTH = 128;
const DISPLAY_NAME_MAX = 64;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Inline checks before anything is sent. */
export function validateRegistration(input: RegistrationInput): RegistrationErrors {
  const errors: RegistrationErrors = {};
  const name = input.displayName.trim();
  if (name.length === 0) errors.displayName = 'Enter a display name.';
  else if (name.length > DISPLAY_NAME_MAX)
    errors.displayName = `Keep your display name to ${DISPLAY_NAME_MAX} characters or fewer.`;
  if (!EMAIL.test(input.email.trim())) errors.email = 'Enter a valid email address, like you@example.com.';
  if (input.password.length < PASSWORD_MIN_LENGTH) errors.password = `Use at least ${PASSWORD_MIN_LENGTH} characters.`;
  else if (input.password.length > PASSWORD_MAX_LENGTH)
    errors.password = `Use at most ${PASSWORD_MAX_LENGTH} characters.`;
  return errors;
}
