/** The server's page for the last address asked about, fetched and parsed once for all its parts. */
let serverPage: { address: string; page: Promise<Document | undefined> } | undefined;

/**
 * The inner HTML of the element `selector` finds in this address's page as the server sends
 * it (same origin, parsed inertly), or '' if it cannot be had: for a part of the page that was
 * sent in the HTML only and is rendered afresh in the browser without it. The parts of one page
 * share one request.
 */
export async function partOfServerPage(selector: string): Promise<string> {
  const address = location.href;
  if (serverPage?.address !== address) {
    const page = fetch(address)
      .then((response) => response.text())
      .then((html) => new DOMParser().parseFromString(html, 'text/html'))
      .catch(() => {
        // Offline, say: the part stays empty, and the next render may ask again.
        serverPage = undefined;
        return undefined;
      });
    serverPage = { address, page };
  }
  return (await serverPage.page)?.querySelector(selector)?.innerHTML ?? '';
}
