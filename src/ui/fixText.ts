import { Finding } from '../core/check/finding';
import { formatNumber, formatPercent, formatRupiah } from '../core/i18n/format';
import { cellsOf, FIXABLE } from './fixes';
import { columnsList } from './words';

type Lang = 'id' | 'en';

/** Column letters of cells ("J9", "K18"), in sheet order. */
function columnsOf(cells: readonly string[]): string[] {
  const letters = [...new Set(cells.map((c) => /^[A-Z]+/.exec(c)?.[0] ?? ''))].filter(Boolean);
  return letters.sort((a, b) => a.length - b.length || a.localeCompare(b));
}

/** The fixes in parts: cells that become formulas, cells that become numbers. */
function parts(findings: readonly Finding[]): { formulas: string[]; numbers: string[] } {
  const fixable = findings.filter((f) => FIXABLE.has(f.rule));
  return {
    numbers: fixable.filter((f) => f.rule === 'number-as-text').flatMap(cellsOf),
    formulas: fixable.filter((f) => f.rule !== 'number-as-text').flatMap(cellsOf),
  };
}

/**
 * What "Perbaiki semua" will change, as one sentence said before it does: "Perbaiki semua akan mengganti 41
 * sel di kolom G, I, J dan K dengan rumus, dan menjadikan 1 sel di kolom I angka". A number typed as text
 * becomes that number; every other safe fix becomes the formula.
 */
export function describeFixes(findings: readonly Finding[], lang: Lang): { cells: number; text: string } {
  const { formulas, numbers } = parts(findings);
  const id = lang === 'id';
  const f = formulas.length
    ? id
      ? `mengganti ${formulas.length} sel di ${columnsList(columnsOf(formulas), lang)} dengan rumus`
      : `replaces ${formulas.length} cells in ${columnsList(columnsOf(formulas), lang)} with formulas`
    : '';
  const n = numbers.length
    ? id
      ? `menjadikan ${numbers.length} sel di ${columnsList(columnsOf(numbers), lang)} angka`
      : `turns ${numbers.length} cells in ${columnsList(columnsOf(numbers), lang)} into numbers`
    : '';
  const both = [f, n].filter(Boolean).join(id ? ', dan ' : ', and ');
  return {
    cells: formulas.length + numbers.length,
    text: id
      ? `Perbaiki semua akan ${both}. Kembalikan dapat membatalkannya.`
      : `Fix all ${both}. Undo can take it back.`,
  };
}

/** What was fixed, said after it: "42 sel diperbaiki: 41 di kolom G, I, J dan K kini rumus, 1 di kolom I kini angka." */
export function fixedText(findings: readonly Finding[], n: number, lang: Lang): string {
  const { formulas, numbers } = parts(findings);
  const id = lang === 'id';
  if (findings.length === 1 && n === 1)
    return `${id ? '1 sel diperbaiki' : '1 cell fixed'}: ${willWrite(findings[0]!, lang)}.`;
  const what = [
    formulas.length
      ? id
        ? `${formulas.length} di ${columnsList(columnsOf(formulas), lang)} kini rumus`
        : `${formulas.length} in ${columnsList(columnsOf(formulas), lang)} now formulas`
      : '',
    numbers.length
      ? id
        ? `${numbers.length} di ${columnsList(columnsOf(numbers), lang)} kini angka`
        : `${numbers.length} in ${columnsList(columnsOf(numbers), lang)} now numbers`
      : '',
  ].filter(Boolean);
  return id ? `${n} sel diperbaiki: ${what.join(', ')}.` : `${n} cells fixed: ${what.join(', ')}.`;
}

/**
 * What one finding's Perbaiki writes: "G7 menjadi rumus jumlah rinciannya, 3.673.375.081". Beside the button,
 * on the finding's own line, the cell is not said again (`withCell` false).
 */
export function willWrite(f: Finding, lang: Lang, withCell = true): string {
  return writeText(f, lang, withCell).trim();
}

function writeText(f: Finding, lang: Lang, withCell: boolean): string {
  const id = lang === 'id';
  const cell = f.range ?? f.cell;
  const where = withCell ? cell : '';
  const pct = (x: number): string => formatPercent(x, lang);
  switch (f.rule) {
    case 'subtotal-mismatch':
    case 'missing-subtotal': {
      const sum = 'of' in f && f.of === 'periode' ? formatNumber(f.sum, 0, lang) : formatRupiah(f.sum, lang);
      return id
        ? `${where} menjadi rumus jumlah rinciannya, ${sum}`
        : `${where} becomes the sum of its items, ${sum}`;
    }
    case 'capaian-mismatch':
      return id
        ? `${where} menjadi rumus, ${pct(f.expected)}`
        : `${where} becomes a formula, ${pct(f.expected)}`;
    case 'copied-column':
    case 'percent-scale':
      return id
        ? `${cellsOf(f).length} sel${withCell ? ` ${cell}` : ''} menjadi rumus capaian (mis. ${pct(f.expected)})`
        : `${cellsOf(f).length} cells${withCell ? ` ${cell}` : ''} become the achievement formula (e.g. ${pct(f.expected)})`;
    case 'form-mismatch':
      return id
        ? `${where} menjadi rumus formulir ${f.formula}`
        : `${where} becomes the form's formula ${f.formula}`;
    case 'number-as-text':
      return id
        ? `${where} menjadi angka ${formatNumber(f.value, 2, lang).replace(/[.,]00$/, '')}`
        : `${where} becomes the number ${formatNumber(f.value, 2, lang).replace(/[.,]00$/, '')}`;
    default:
      return cell;
  }
}
