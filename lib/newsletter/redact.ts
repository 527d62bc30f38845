/**
 * Log lines name no reader and carry no working link: an address keeps its first character and
 * its domain (enough to tell a bouncing provider), and link tokens are cut out.
 */
export function redactAddress(address: string): string {
  const at = address.lastIndexOf('@');
  if (at < 1) return '***';
  return `${address[0]}***${address.slice(at)}`;
}

const ADDRESS = /[^\s<>"'(),;:=@]+@[^\s<>"'(),;:@]+/g;
/** Link tokens are 43 base64url characters (tokens.ts); nothing else in a log line is. */
const TOKEN = /(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/g;

export function redactForLog(text: string): string {
  return text.replace(ADDRESS, redactAddress).replace(TOKEN, '[token]');
}
