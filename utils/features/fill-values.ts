import { z } from 'zod/mini';

/**
 * Building blocks of the page features' fill schemas, in zod/mini for the
 * content scripts' size budget. zod/mini carries no message locale (the
 * English one alone costs about 1 KB gzip), so each schema says in words what
 * is wrong; the content script shows it after "The value is not ready: ".
 */

function notText(issue: { input?: unknown }): string {
  return issue.input === undefined || issue.input === null ? 'there is no value for it yet' : 'the value is not text';
}

/** Text as given. */
export const plainText = () => z.string({ error: notText });

/** Text with surrounding whitespace removed. */
export const trimmedText = () => plainText().check(z.trim());

/** Trimmed text that is not empty. */
export const requiredText = () => trimmedText().check(z.minLength(1, { error: 'the value is empty' }));
