import YAML from 'yaml';
import type { ContentProblem } from './errors';

/** A front matter mistake, worded as what to do about it; `line` counts in the post's file. */
export type YamlMistake = Omit<ContentProblem, 'file'>;

// `\r?`: a file saved with Windows line ends reads the same.
const FIELD_LINE = /^([A-Za-z][\w-]*):[ \t]*(.*?)\r?$/;

/**
 * What an editor did wrong in the YAML between the --- lines, in words that say how to fix it.
 * The parser's own message names a symptom ("Nested mappings are not allowed in compact
 * mappings") at whatever line it noticed it; the common mistakes behind such messages are
 * recognised from the text itself and pinned to the line that holds them. The parser's
 * wording is kept only for a mistake none of these explains.
 *
 * `lines` are the file's lines; `firstLine` and `lastLine` (1-based) bound the front matter.
 */
export function explainYamlError(
  error: unknown,
  lines: readonly string[],
  { firstLine, lastLine }: { firstLine: number; lastLine: number },
): YamlMistake {
  if (!(error instanceof YAML.YAMLError)) {
    return {
      field: 'front matter',
      expected: 'valid YAML between the --- lines',
      found: `a file that could not be read as front matter: ${String(error)}`,
    };
  }
  const at = (line: number) => lines[line - 1] ?? '';
  // The YAML text starts just after the opening --- on the file's first line (its line 1 is
  // the rest of that line), so its line numbers are the file's.
  const line = error.linePos?.[0]?.line ?? firstLine;
  const column = error.linePos?.[0]?.col ?? 0;
  // Guesses are made from the text up to where the parser stopped, outside block values
  // (`summary: >-`), whose lines are free text: a guess must explain the parser's error.
  const upToError = yamlLines(lines, firstLine, Math.min(line, lastLine));

  // A tab in the indentation confuses the parser at or after it: name the first one.
  const tabbed = yamlLines(lines, firstLine, lastLine).find((each) => /^[ ]*\t/.test(at(each)));
  if (tabbed !== undefined)
    return {
      field: `front matter, line ${tabbed}`,
      expected: 'spaces at the start of the line',
      found: 'a tab',
      hint: `line ${tabbed} starts with a tab; use spaces instead`,
    };

  if (error.code === 'MISSING_CHAR') {
    const unclosed = upToError.find((each) => unclosedQuote(at(each)) !== undefined);
    if (unclosed !== undefined) {
      const [key, quote] = unclosedQuote(at(unclosed)) ?? [];
      return {
        field: `${key ?? 'front matter'}, line ${unclosed}`,
        expected: `the value to end with the ${quote} it starts with, on the same line`,
        found: JSON.stringify(at(unclosed).trim()),
        hint: `add ${quote} at the end of line ${unclosed}`,
      };
    }
  }

  const unclosedList = upToError.find((each) => /:\s*\[[^\]]*$/.test(at(each)));
  if (unclosedList !== undefined)
    return {
      field: `${fieldOf(at(unclosedList)) ?? 'front matter'}, line ${unclosedList}`,
      expected: 'a list that ends with ] on the line it starts',
      found: JSON.stringify(at(unclosedList).trim()),
      hint: `add ] at the end of line ${unclosedList}`,
    };

  const text = at(line);
  const field = fieldOf(text);

  if (error.code === 'DUPLICATE_KEY' && field) {
    const first = upToError.find((other) => other < line && fieldOf(at(other)) === field);
    return {
      field: `${field}, line ${line}`,
      expected: 'each field once',
      found: `a second "${field}"${first ? `; the first is on line ${first}` : ''}`,
      hint: 'keep one of them',
    };
  }

  const value = FIELD_LINE.exec(text)?.[2] ?? '';
  const early = quoteClosedEarly(value);
  if (field && early)
    return {
      field: `${field}, line ${line}`,
      expected: `a quoted value with no ${early.quote} inside it, or that ${early.quote} written twice`,
      found: JSON.stringify(text.trim()),
      hint: `write ${field}: ${early.fixed}`,
    };

  if (field && /:(\s|$)/.test(value))
    return {
      field: `${field}, line ${line}`,
      expected: 'quotes around a value that contains a colon',
      found: JSON.stringify(text.trim()),
      hint: `put the ${field} in quotes: ${field}: ${singleQuoted(value)}`,
    };

  if (field && (error.code === 'BAD_SCALAR_START' || /^[@`|>%!&*]/.test(value)))
    return {
      field: `${field}, line ${line}`,
      expected: `quotes around a value that starts with ${value.charAt(0)}`,
      found: JSON.stringify(text.trim()),
      hint: `put the ${field} in quotes: ${field}: ${singleQuoted(value)}`,
    };

  if (field && /^-\s/.test(value))
    return {
      field: `${field}, line ${line}`,
      expected: `a list in brackets, or one "  - item" per line below "${field}:"`,
      found: JSON.stringify(text.trim()),
      hint: `write ${field}: [${value.replace(/^-\s*/, '')}]`,
    };

  // The parser notices a line indented too far on the line before it.
  const misindented = misindentedLine(
    yamlLines(lines, firstLine, Math.min(line + 1, lastLine)),
    at,
  );
  if (misindented)
    return {
      field: `front matter, line ${misindented.line}`,
      expected: misindented.expected,
      found: JSON.stringify(at(misindented.line)),
      hint: misindented.hint,
    };

  const reason = error.message.split(' at line ')[0] ?? error.message;
  return {
    field: `front matter, line ${line}`,
    expected: 'valid YAML between the --- lines',
    found: `a syntax error at column ${column}: ${reason}`,
  };
}

/**
 * The numbers of the YAML lines from `from` to `to` that are not inside a block value: after
 * `summary: >-` (or `|`), the more-indented lines are free text, whatever they look like.
 */
function yamlLines(lines: readonly string[], from: number, to: number): number[] {
  const numbers: number[] = [];
  let inBlock = false;
  for (let line = from; line <= to; line++) {
    const text = lines[line - 1] ?? '';
    const indented = /^\s/.test(text) || text.trim() === '';
    if (inBlock && indented) continue;
    inBlock = /^[A-Za-z][\w-]*:\s*[|>][-+0-9]*\s*(#.*)?$/.test(text);
    numbers.push(line);
  }
  return numbers;
}

/**
 * `'Don't panic'`: a quoted value whose own quote character appears inside it, which ends the
 * quotes there. The fix: the other kind of quotes, or (for single quotes) the quote doubled.
 */
function quoteClosedEarly(value: string): { quote: string; fixed: string } | undefined {
  const quote = value.charAt(0);
  if (quote !== "'" && quote !== '"') return undefined;
  const inner = value.slice(1).replace(/\s*(#.*)?$/, '');
  if (!inner.endsWith(quote)) return undefined;
  const content = inner.slice(0, -1);
  const unescaped = quote === "'" ? content.replaceAll("''", '') : content.replaceAll('\\"', '');
  if (!unescaped.includes(quote)) return undefined;
  const other = quote === "'" ? '"' : "'";
  const fixed = content.includes(other) ? singleQuoted(content) : `${other}${content}${other}`;
  return { quote, fixed };
}

function fieldOf(text: string): string | undefined {
  return FIELD_LINE.exec(text)?.[1];
}

/** `title: 'It''s here'`: YAML's single quotes, which need no escaping but a doubled '. */
function singleQuoted(value: string): string {
  return `'${value.trim().replaceAll("'", "''")}'`;
}

/** The field and quote of a value (or list item) that opens a quote and never closes it. */
function unclosedQuote(text: string): [string | undefined, string] | undefined {
  const match = /^(?:([A-Za-z][\w-]*):|\s*-)\s*(["'])(.*)$/.exec(text);
  if (!match) return undefined;
  const [, key, quote = '"', rest = ''] = match;
  // A doubled '' inside single quotes is an escaped quote, \" inside double quotes likewise.
  const body = quote === "'" ? rest.replaceAll("''", '') : rest.replaceAll('\\"', '');
  return body.includes(quote) ? undefined : [key, quote];
}

/**
 * A line indented where it should not be: a field (fields start at the line's start), or a
 * list item out of line with the items above it.
 */
function misindentedLine(
  yamlLineNumbers: readonly number[],
  at: (line: number) => string,
): { line: number; expected: string; hint: string } | undefined {
  let itemIndent: { indent: number; line: number } | undefined;
  for (const line of yamlLineNumbers) {
    const text = at(line);
    if (text.trim() === '' || text.trimStart().startsWith('#')) continue;
    const indent = text.length - text.trimStart().length;
    if (/^\s*-(\s|$)/.test(text)) {
      if (!itemIndent) itemIndent = { indent, line };
      else if (indent !== itemIndent.indent)
        return {
          line,
          expected: 'the items of a list lined up under each other',
          hint: `start line ${line} with ${itemIndent.indent} spaces before the -, as on line ${itemIndent.line}`,
        };
      continue;
    }
    itemIndent = undefined;
    if (indent > 0 && fieldOf(text.trimStart()))
      return {
        line,
        expected: 'each field at the start of its line',
        hint: `remove the spaces at the start of line ${line}`,
      };
  }
  return undefined;
}

/**
 * A hint for a field the schema refused because of how YAML read it: a value after `#` is a
 * comment (so `title: #1 tip` is empty), and `tags: A, B` is one piece of text, not a list.
 */
export function valueHint(
  field: string,
  raw: unknown,
  lines: readonly string[],
): string | undefined {
  const written = lines.find((line) => fieldOf(line) === field);
  const value = written ? (FIELD_LINE.exec(written)?.[2] ?? '') : '';
  if (value.startsWith('#'))
    return `YAML reads # as the start of a comment; put the ${field} in quotes: ${field}: ${singleQuoted(value)}`;
  if (field === 'tags' && typeof raw === 'string')
    return `write it as a list: tags: [${raw
      .split(',')
      .map((tag) => tag.trim())
      .filter(Boolean)
      .join(', ')}]`;
  return undefined;
}
