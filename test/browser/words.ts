/**
 * The words of every state a browser test reaches (issue 21): no CLI, no command-line flag, no internal rule
 * name; one language per sentence (the page's, the workbook's own names aside); a count says what it counts.
 */
import { readFileSync } from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { Lang, mixedSentences } from '../helpers/language';

/** The findings' internal rule names (`subtotal-mismatch`, `no-table`…), as the core declares them. */
const RULES = [
  ...new Set(
    [
      ...readFileSync(
        path.join(__dirname, '..', '..', 'src', 'core', 'check', 'finding.ts'),
        'utf8',
      ).matchAll(/rule: '([a-z]+(?:-[a-z]+)+)'/g),
    ].map((m) => m[1]!),
  ),
];

/** Words no officer should meet: the CLI, a command-line flag, an internal rule name. */
const PROGRAMMER = new RegExp(
  `\\bCLI\\b|(^|\\s)--[a-z]+|capaian (check|generate)|(?<![\\w-])(${RULES.join('|')})(?![\\w-])`,
);

/**
 * Counts that do not say what they count: "(42)" after anything but a short label ("Temuan (19)" names its
 * count; "Perbaiki semua yang aman (42)" does not say 42 of what), or a number alone on its line.
 */
export function bareCounts(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(
      (l) =>
        /^\d[\d.,]*$/.test(l) ||
        (/\(\d[\d.,]*\)/.test(l) && !/^[\p{L}]+( [\p{L}]+)? \(\d[\d.,]*\)$/u.test(l)),
    );
}

/** The first word of `text` an officer should not meet, or null. */
export function programmerWord(text: string): string | null {
  return PROGRAMMER.exec(text)?.[0].trim() ?? null;
}

/** The checks on one text in one language; `state` names it in a failure. */
export function expectPlainWords(state: string, text: string, lang: Lang, names: readonly string[]): void {
  expect([state, programmerWord(text)]).toEqual([state, null]);
  expect([state, mixedSentences(text, lang, names)]).toEqual([state, []]);
  expect([state, bareCounts(text)]).toEqual([state, []]);
}

/** The page's visible text, checked in the page's language (its html lang); returns the text. */
export async function plainWordsOn(page: Page, state: string, names: readonly string[]): Promise<string> {
  const lang = (await page.locator('html').getAttribute('lang')) === 'en' ? 'en' : 'id';
  const text = await page.locator('body').innerText();
  expectPlainWords(state, text, lang, names);
  return text;
}
