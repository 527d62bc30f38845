/**
 * Turns a tag's display name into its URL slug: "Skin Health" -> "skin-health",
 * "Café Culture" -> "cafe-culture", "Food & Mood" -> "food-and-mood".
 * Accents are folded to plain letters so URLs stay ASCII where the language allows;
 * letters with no ASCII form (日本茶) are kept, since dropping them would leave nothing.
 */
export function tagSlug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

export type Tag = { name: string; slug: string };

export function toTag(name: string): Tag {
  return { name, slug: tagSlug(name) };
}

/**
 * A tag's slug as it arrives in a route's params. Depending on how the page was reached,
 * non-ASCII slugs (日本茶) can arrive percent-encoded; slugs never contain "%" themselves,
 * so decoding is always safe.
 */
export function tagParam(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
