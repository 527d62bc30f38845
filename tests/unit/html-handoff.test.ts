import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import {
  describeTree,
  handOffHtml,
  handOffTree,
  takeHandedOffHtml,
  takeHandedOffTree,
} from '@/lib/html-handoff';

describe('handing HTML from the server components to the server-side render', () => {
  it('gives back what was left, under a short handle equal bodies share', () => {
    const body = '<p>The gut-skin axis, '.repeat(500);
    const handle = handOffHtml(body);
    expect(handle.length).toBeLessThan(16);
    expect(handOffHtml(`${body}`)).toBe(handle);
    expect(takeHandedOffHtml(handle)).toBe(body);
    expect(handOffHtml(`${body}!`)).not.toBe(handle);
  });

  it('never gives one body’s handle to another whose hash is the same', () => {
    const first = handOffHtml('<p>first</p>');
    // Forge a collision: another body already stored under the handle the next one will get.
    const taken = handOffHtml('<p>second</p>');
    globalThis.glowpopHandedHtml?.set(taken, '<p>someone else</p>');
    const second = handOffHtml('<p>second</p>');
    expect(second).not.toBe(taken);
    expect(takeHandedOffHtml(second)).toBe('<p>second</p>');
    expect(takeHandedOffHtml(first)).toBe('<p>first</p>');
  });

  it('fails loudly, rather than publish an empty article, when nothing was left', () => {
    expect(() => takeHandedOffHtml('nothing-here')).toThrow('No HTML was handed off');
  });
});

describe('handing a part of a page from the server components to the server-side render', () => {
  const Byline = ({ name }: { name: string }) => createElement('p', null, `By ${name}`);

  it('gives back the very tree that was left, under a handle its content decides', () => {
    const tree = createElement(
      'footer',
      { className: 'site-footer' },
      createElement(Byline, { name: 'Ana' }),
    );
    const handle = handOffTree(tree);
    expect(handle.length).toBeLessThan(16);
    expect(takeHandedOffTree(handle)).toBe(tree);
    // Taken twice (a page rendered again from the same payload) it is still there.
    expect(takeHandedOffTree(handle)).toBe(tree);
    // The same content built again gets the same handle; different props, another one.
    const again = createElement(
      'footer',
      { className: 'site-footer' },
      createElement(Byline, { name: 'Ana' }),
    );
    expect(handOffTree(again)).toBe(handle);
    const other = createElement(
      'footer',
      { className: 'site-footer' },
      createElement(Byline, { name: 'Bo' }),
    );
    expect(handOffTree(other)).not.toBe(handle);
    // A part may be empty, which is not the same as missing.
    expect(takeHandedOffTree(handOffTree(null))).toBeNull();
  });

  it('refuses what the server-side render could not render from here', () => {
    const ClientLink = Object.assign(() => null, {
      $$typeof: Symbol.for('react.client.reference'),
    });
    expect(() => handOffTree(createElement('nav', null, createElement(ClientLink)))).toThrow(
      'A client component (next/link is one) cannot be in a part sent in the HTML only',
    );
    const Late = async () => null;
    expect(() => describeTree(createElement(Late))).toThrow('Late is async');
  });

  it('keeps only the newest parts, so parts whose HTML is never made cannot fill memory', () => {
    const oldest = handOffTree('oldest');
    const reused = handOffTree('reused');
    for (let count = 0; count < 4_999; count += 1) {
      handOffTree(count);
      // A part handed off again and again (the footer) stays the newest.
      if (count % 1_000 === 0) handOffTree('reused');
    }
    expect(globalThis.glowpopHandedTrees?.size).toBe(5_000);
    expect(takeHandedOffTree(reused)).toBe('reused');
    expect(() => takeHandedOffTree(oldest)).toThrow('No part of the page was handed off');
  });
});
