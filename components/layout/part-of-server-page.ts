/**
 * The inner HTML of the element `selector` finds in this address's page as the server sends
 * it (same origin, parsed inertly): for a part of the page that was sent in the HTML only and
 * is rendered afresh in the browser without it.
 */
export async function partOfServerPage(selector: string): Promise<string> {
  const page = await (await fetch(location.href)).text();
  const parsed = new DOMParser().parseFromString(page, 'text/html');
  return parsed.querySelector(selector)?.innerHTML ?? '';
}
