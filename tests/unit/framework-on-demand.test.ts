import { describe, expect, it } from 'vitest';
import {
  DEFERRED_SCRIPT_TYPE,
  FRAMEWORK_ON_DEMAND_SCRIPT,
  deferFrameworkScripts,
} from '@/lib/framework-on-demand';

const PAYLOAD = '1:"$Sreact.fragment"\n0:{"b":"build","f":[]}\n';

/** A page as `next build` writes it: preload, head script (the loader), body, payload, scripts. */
function prerenderedPage(chunks: string[] = [PAYLOAD.slice(0, 20), PAYLOAD.slice(20)]): string {
  return (
    '<!DOCTYPE html><html><head>' +
    '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/runtime.js"/>' +
    `<script>${FRAMEWORK_ON_DEMAND_SCRIPT}</script></head><body><h1>Title</h1>` +
    '<script type="application/ld+json">{"@type":"Article"}</script>' +
    '<script src="/_next/static/chunks/polyfill.js" noModule=""></script>' +
    '<script src="/_next/static/chunks/runtime.js" async=""></script>' +
    '<script src="/_next/static/chunks/app.js" async=""></script>' +
    '<script id="_R_">(globalThis.TURBOPACK||=[]).push({})</script>' +
    '<script>(self.__next_f=self.__next_f||[]).push([0])</script>' +
    chunks
      .map((chunk) => `<script>self.__next_f.push(${JSON.stringify([1, chunk])})</script>`)
      .join('') +
    '</body></html>'
  );
}

describe('deferFrameworkScripts', () => {
  it("gives Next's scripts a type the browser does not run and drops the inline payload", () => {
    const result = deferFrameworkScripts(prerenderedPage(), PAYLOAD);
    if (!('html' in result)) throw new Error(`skipped: ${result.skipped}`);
    const { html } = result;
    expect(html).toContain(
      `<script type="${DEFERRED_SCRIPT_TYPE}" src="/_next/static/chunks/runtime.js"></script>`,
    );
    expect(html).toContain(
      `<script type="${DEFERRED_SCRIPT_TYPE}" src="/_next/static/chunks/app.js"></script>`,
    );
    expect(html).not.toContain('async=""');
    expect(html).not.toContain('<script>self.__next_f');
    expect(html).not.toContain('<script>(self.__next_f');
    expect(html).not.toContain('rel="preload" as="script"');
    // Everything else is as Next wrote it: the page, our head script, structured data, the
    // polyfill a modern browser skips anyway, and the bundler's chunk list.
    for (const kept of [
      '<h1>Title</h1>',
      `<script>${FRAMEWORK_ON_DEMAND_SCRIPT}</script>`,
      '<script type="application/ld+json">{"@type":"Article"}</script>',
      '<script src="/_next/static/chunks/polyfill.js" noModule=""></script>',
      '<script id="_R_">',
    ]) {
      expect(html).toContain(kept);
    }
  });

  it('leaves a page it has already deferred as it is', () => {
    const once = deferFrameworkScripts(prerenderedPage(), PAYLOAD);
    if (!('html' in once)) throw new Error(`skipped: ${once.skipped}`);
    expect(deferFrameworkScripts(once.html, PAYLOAD)).toEqual({ skipped: 'already deferred' });
  });

  it('leaves a page alone whose inline payload is not its .rsc file', () => {
    expect(deferFrameworkScripts(prerenderedPage(), `${PAYLOAD}2:"more"\n`)).toEqual({
      skipped: 'its inline React payload differs from its .rsc file',
    });
  });

  it('leaves a page alone whose payload holds anything but text', () => {
    const page = prerenderedPage().replace(
      '</body>',
      '<script>self.__next_f.push([3,"AAEC"])</script></body>',
    );
    expect(deferFrameworkScripts(page, PAYLOAD)).toMatchObject({
      skipped: expect.stringContaining('not text'),
    });
  });

  it('leaves a page alone with a framework script tag written some other way', () => {
    const page = prerenderedPage().replace(
      '</body>',
      '<script src="/_next/static/chunks/other.js" defer=""></script></body>',
    );
    expect(deferFrameworkScripts(page, PAYLOAD)).toEqual({
      skipped: 'a framework script tag in a form not recognised',
    });
  });

  it('leaves a page alone that has no inline payload (not a page Next prerendered)', () => {
    expect(deferFrameworkScripts('<html><body><h1>x</h1></body></html>', '')).toEqual({
      skipped: 'no inline React payload',
    });
  });
});

describe('FRAMEWORK_ON_DEMAND_SCRIPT', () => {
  it('is a script a browser can run, looking for the deferred type', () => {
    expect(() => new Function(FRAMEWORK_ON_DEMAND_SCRIPT)).not.toThrow();
    expect(FRAMEWORK_ON_DEMAND_SCRIPT).toContain(`script[type="${DEFERRED_SCRIPT_TYPE}"]`);
  });
});
