/** How the operators' player search reads what was typed. */
export interface PlayerSearch {
  /** An ILIKE pattern matched against display names and emails (`%text%`, wildcards escaped); null: everyone. */
  contains: string | null;
  /** A LIKE pattern for the start of the player id (`3f2a%`), when the text can be one; else null. */
  idPrefix: string | null;
}

const ID_PREFIX = /^[0-9a-f-]{4,36}$/;

/** `%`, `_` and `\` typed by the operator match themselves, not anything. */
const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * The patterns for a search text: blank finds everyone; otherwise display name or email
 * containing the text (case-blind), or — when it looks like the start of an id (4+ hex digits or
 * dashes) — an id starting with it. At most 100 characters are read. Pure.
 */
export function buildPlayerSearch(text: string | null | undefined): PlayerSearch {
  const query = (text ?? '').trim().slice(0, 100);
  if (!query) return { contains: null, idPrefix: null };
  const lower = query.toLowerCase();
  return { contains: `%${escapeLike(query)}%`, idPrefix: ID_PREFIX.test(lower) ? `${lower}%` : null };
}
