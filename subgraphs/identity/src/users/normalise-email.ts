/**
 * The one spelling of an email address we store and look up: trimmed and lower-cased. Lower-casing
 * the local part is technically lossy (RFC 5321 lets servers treat it case-sensitively), but no
 * mainstream provider does, and two accounts differing only by case are a support nightmare.
 */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}
