import { Finding } from '../core/check/finding';
import { cellsOf, FIXABLE } from './actions';
import { Texts } from './texts';

/** Column letters of cells ("J9", "K18"), in sheet order. */
function columnsOf(cells: readonly string[]): string[] {
  const letters = [...new Set(cells.map((c) => /^[A-Z]+/.exec(c)?.[0] ?? ''))].filter(Boolean);
  return letters.sort((a, b) => a.length - b.length || a.localeCompare(b));
}

/**
 * What "Perbaiki semua" will change, said before it does: "42 sel di kolom J dan K diganti rumus". A number
 * typed as text becomes that number; every other safe fix becomes the formula.
 */
export function describeFixes(findings: readonly Finding[], texts: Texts): { cells: number; text: string } {
  const fixable = findings.filter((f) => FIXABLE.has(f.rule));
  const numbers = fixable.filter((f) => f.rule === 'number-as-text').flatMap(cellsOf);
  const formulas = fixable.filter((f) => f.rule !== 'number-as-text').flatMap(cellsOf);
  const parts = [
    formulas.length ? texts.formulas(formulas.length, texts.columnsList(columnsOf(formulas))) : '',
    numbers.length ? texts.numbers(numbers.length, texts.columnsList(columnsOf(numbers))) : '',
  ].filter(Boolean);
  return { cells: formulas.length + numbers.length, text: parts.join(texts.and) };
}
