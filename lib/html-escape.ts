/** Text safe anywhere in HTML, attribute values included: `& < > " '` become references. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/**
 * Text for an HTML text position, where no markup may start. Quotes stay as they are (they only
 * matter inside attributes), so readers that show RSS titles as plain text still show "What's".
 */
export function escapeHtmlText(text: string): string {
  return text.replace(/[&<>]/g, (character) => TEXT_ESCAPES[character] ?? character);
}

const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
