import { describe, expect, it } from 'vitest';
import { handOffHtml, takeHandedOffHtml } from '@/lib/html-handoff';

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
