/**
 * Lists everything in a document that could run script and is not the framework's own:
 * event-handler attributes, script-capable URLs, embedding elements, and scripts other than
 * Next's bootstrap (whose inline scripts must be a push of pure JSON data), JSON-LD and the
 * site's own inline scripts, passed in as `allowedScripts` (exact text, such as the theme script).
 *
 * Self-contained on purpose: Playwright sends the function's source into the page, so it may
 * not use anything from outside its body. Vitest calls it on jsdom documents of the built HTML.
 */
export function findInjections(document: Document, allowedScripts: readonly string[]): string[] {
  const findings: string[] = [];
  const describe = (element: Element) =>
    `<${element.tagName.toLowerCase()}> ${element.outerHTML.slice(0, 120)}`;
  const dangerousUrl = (value: string) => {
    // Browsers ignore control characters and whitespace inside a scheme ("jav\tascript:").
    const squeezed = value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
    return (
      /^(javascript|vbscript|livescript):/.test(squeezed) || squeezed.startsWith('data:text/html')
    );
  };
  const NEXT_BOOTSTRAP =
    /^(?:self\.__next_f\.push|\(self\.__next_f=self\.__next_f\|\|\[\]\)\.push|\(globalThis\["TURBOPACK"\] \|\| \(globalThis\["TURBOPACK"\] = \[\]\)\)\.push)\(([\s\S]*)\);?$/;

  for (const element of Array.from(document.querySelectorAll('*'))) {
    for (const attribute of Array.from(element.attributes)) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith('on')) findings.push(`event handler ${name} on ${describe(element)}`);
      if (
        ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'srcdoc', 'poster'].includes(
          name,
        ) &&
        (name === 'srcdoc' || dangerousUrl(attribute.value))
      ) {
        findings.push(`${name}="${attribute.value.slice(0, 60)}" on ${describe(element)}`);
      }
      if (name === 'style' && /url\s*\(\s*['"]?\s*javascript:/i.test(attribute.value)) {
        findings.push(`script URL in style on ${describe(element)}`);
      }
    }
  }
  for (const element of Array.from(
    document.querySelectorAll('iframe, frame, object, embed, base, applet, meta[http-equiv]'),
  )) {
    findings.push(`embedding or document-changing element ${describe(element)}`);
  }
  for (const script of Array.from(document.querySelectorAll('script'))) {
    const type = (script.getAttribute('type') ?? '').toLowerCase();
    const src = script.getAttribute('src');
    if (type === 'application/ld+json') {
      try {
        JSON.parse(script.textContent ?? '');
      } catch {
        findings.push(`JSON-LD that is not JSON: ${describe(script)}`);
      }
      continue;
    }
    if (src !== null) {
      if (!src.startsWith('/_next/static/')) findings.push(`foreign script ${describe(script)}`);
      continue;
    }
    const code = (script.textContent ?? '').trim();
    if (allowedScripts.includes(code)) continue;
    const data = NEXT_BOOTSTRAP.exec(code)?.[1];
    let isPureData = false;
    if (data !== undefined) {
      try {
        JSON.parse(data);
        isPureData = true;
      } catch {
        isPureData = false;
      }
    }
    if (!isPureData) findings.push(`inline script that is not Next's data: ${code.slice(0, 120)}`);
  }
  return findings;
}
