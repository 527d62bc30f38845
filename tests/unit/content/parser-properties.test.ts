import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { FRONT_MATTER_FIELDS } from '@/lib/content';
import { TimedParser } from '../../support/parse-in-worker';

/**
 * Whatever an editor writes, the parser answers with a post or with problems naming the file;
 * it never throws and never hangs. Each case is parsed in a worker with a 5 s limit.
 */
const parser = new TimedParser(5_000);
afterAll(() => parser.close());

const FILE = 'content/posts/property-case.md';

/** Values YAML can hold, weighted towards the shapes front matter fields expect. */
const yamlValue = fc.oneof(
  fc.string(),
  fc.constantFrom('2025-02-28', '2025-02-30', '1999-12-31', '', '  ', 'cover.jpg', '../x.jpg'),
  fc.date({ noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)),
  fc.array(fc.oneof(fc.string(), fc.integer()), { maxLength: 6 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.dictionary(fc.string(), fc.string(), { maxKeys: 3 }),
);

const frontMatter = fc.dictionary(
  fc.oneof(fc.constantFrom(...FRONT_MATTER_FIELDS), fc.string({ minLength: 1, maxLength: 12 })),
  yamlValue,
  { maxKeys: 12 },
);

/** Markdown with the characters that change its meaning, in any order and nesting. */
const markdownBody = fc
  .array(
    fc.oneof(
      fc.string(),
      fc.constantFrom(
        '# ',
        '## ',
        '### ',
        '- ',
        '1. ',
        '> ',
        '```',
        '`',
        '*',
        '_',
        '~~',
        '|',
        '---',
        '\n',
        '![',
        '](',
        ')',
        '[',
        ']',
        '<',
        '>',
        '<img src=x>',
        '<script>',
        '&amp;',
        '\\',
        '- [ ] ',
        '| a | b |\n| --- | --- |\n',
        '[^1]',
        'javascript:',
        'cover.jpg',
        '../',
        '\t',
        '\r\n',
      ),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

function expectPostOrProblems(outcome: Awaited<ReturnType<TimedParser['parse']>>) {
  expect(outcome.kind, JSON.stringify(outcome)).not.toBe('hung');
  expect(outcome.kind, JSON.stringify(outcome)).not.toBe('threw');
  if (outcome.kind === 'problems') {
    expect(outcome.files.length).toBeGreaterThan(0);
    for (const file of outcome.files) expect(file).toBe(FILE);
  }
}

describe('the content parser, on arbitrary input', () => {
  it('answers any front matter with a post or problems naming the file', async () => {
    await fc.assert(
      fc.asyncProperty(frontMatter, markdownBody, async (fields, body) => {
        const source = `---\n${YAML.stringify(fields)}---\n\n${body}`;
        expectPostOrProblems(await parser.parse(FILE, source));
      }),
      { numRuns: 300 },
    );
  }, 120_000);

  it('answers any markdown body under valid front matter with a post or problems', async () => {
    const valid = 'title: T\ndate: 2025-01-01\nsummary: S\ntags: [Gut Health]\n';
    const kinds = new Set<string>();
    await fc.assert(
      fc.asyncProperty(markdownBody, async (body) => {
        const outcome = await parser.parse(FILE, `---\n${valid}---\n\n${body}`);
        expectPostOrProblems(outcome);
        kinds.add(outcome.kind);
      }),
      { numRuns: 300 },
    );
    // Both answers came up: the generator reaches valid posts as well as broken bodies.
    expect([...kinds].sort()).toEqual(['post', 'problems']);
  }, 120_000);

  it('answers any text at all, even broken YAML, with a post or problems', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string(),
          fc.string().map((text) => `---\n${text}\n---\n`),
        ),
        async (source) => expectPostOrProblems(await parser.parse(FILE, source)),
      ),
      { numRuns: 300 },
    );
  }, 120_000);

  it('reports a parse that runs past its time limit as a hang', async () => {
    const slow = new TimedParser(1);
    expect(await slow.parse(FILE, `---\ntitle: T\n---\n${'# heading\n'.repeat(5_000)}`)).toEqual({
      kind: 'hung',
    });
    await slow.close();
  });
});
