import { fieldAtLine, type ContentProblem } from './errors';
import type { Post } from './schema';
import { searchResultWarnings } from './search-description';

/**
 * Advice about one post that still publishes: a title or description search results would
 * cut, and a draft dated in the future, which an editor most likely meant to schedule.
 */
export function postWarnings(post: Post, today: string): ContentProblem[] {
  const warnings = searchResultWarnings(post);
  if (post.draft && post.date > today)
    warnings.push({
      file: post.file,
      field: 'draft',
      expected: 'either a draft or a date to go live on',
      found: `draft: true with the future date ${post.date}`,
      hint: `it will not go live on ${post.date} while it is a draft; remove "draft: true" to schedule it`,
    });
  return warnings.map((warning) => ({
    ...warning,
    field: fieldAtLine(warning.field, post.fieldLines),
  }));
}
