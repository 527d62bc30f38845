import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { handOffHtml, handOffTree, takeHandedOffHtml, takeHandedOffTree } from '@/lib/html-handoff';

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
  it('gives back the very tree that was left, under a handle of its own for each call', () => {
    const tree = createElement('footer');
    const first = handOffTree(tree);
    const second = handOffTree(tree);
    expect(second).not.toBe(first);
    expect(first.length).toBeLessThan(8);
    expect(takeHandedOffTree(first)).toBe(tree);
    // Taken twice (a page rendered again from the same payload) it is still there.
    expect(takeHandedOffTree(first)).toBe(tree);
    // A part may be empty, which is not the same as missing.
    expect(takeHandedOffTree(handOffTree(null))).toBeNull();
  });

  it('keeps only the newest parts, so renders whose HTML is never made cannot fill memory', () => {
    const oldest = handOffTree('oldest');
    for (let count = 0; count < 5_000; count += 1) handOffTree(count);
    const newest = handOffTree('newest');
    expect(globalThis.glowpopHandedTrees?.trees.size).toBe(5_000);
    expect(takeHandedOffTree(newest)).toBe('newest');
    expect(() => takeHandedOffTree(oldest)).toThrow('No part of the page was handed off');
  });
});
