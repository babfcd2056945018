import { CheckResult } from '../core/engine';
import { GenerateResult } from '../core/generate';
import { methodName } from '../core/i18n/messages';
import { cliMessage } from './hints';
import { Finding, Severity } from '../core/check/finding';
import { formatPercent } from '../core/i18n/format';
import { ColumnKind } from '../core/table/columns';

type Lang = 'id' | 'en';

const SEVERITY_LABEL: Record<Lang, Record<Severity, string>> = {
  id: { error: 'kesalahan', warning: 'peringatan', info: 'info' },
  en: { error: 'error', warning: 'warning', info: 'info' },
};

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const c: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}

export function severitySummary(findings: readonly Finding[], lang: Lang): string {
  const c = countBySeverity(findings);
  const l = SEVERITY_LABEL[lang];
  return `${c.error} ${l.error}, ${c.warning} ${l.warning}, ${c.info} ${l.info}`;
}

const KIND_LABEL: Record<Lang, Record<ColumnKind, string>> = {
  id: { input: 'masukan', derived: 'turunan', label: 'label' },
  en: { input: 'input', derived: 'derived', label: 'label' },
};

export function tablesText(result: CheckResult, lang: Lang, withColumns = true): string[] {
  return result.tables.flatMap(({ report: t }) => {
    const c = t.counts;
    const rekening =
      c.rekening === 0
        ? ''
        : lang === 'id'
          ? `, ${c.rekening} baris rekening`
          : `, ${c.rekening} account lines`;
    const line =
      lang === 'id'
        ? `  ${t.sheet}!${t.range} (${t.layout}): ${c.sasaran} sasaran, ${c.program} program, ${c.kegiatan} kegiatan, ${c.subKegiatan} sub kegiatan, ${c.indikator} indikator${rekening}`
        : `  ${t.sheet}!${t.range} (${t.layout}): ${c.sasaran} objectives, ${c.program} programmes, ${c.kegiatan} activities, ${c.subKegiatan} sub-activities, ${c.indikator} indicators${rekening}`;
    if (!withColumns) return [line];
    const labels = t.columns.map((col) => (lang === 'id' ? col.label : col.labelEn));
    const width = Math.max(...labels.map((l) => l.length));
    const columns = t.columns.map(
      (col, i) =>
        `    ${col.letter.padEnd(3)} ${labels[i]!.padEnd(width)}  ${KIND_LABEL[lang][col.kind].padEnd(8)} (${lang === 'id' ? col.reason : col.reasonEn})`,
    );
    return [line, ...columns];
  });
}

export function findingsText(findings: readonly Finding[], lang: Lang): string[] {
  const rows = findings.map((f) => [
    `${f.sheet}!${f.range ?? f.cell}`,
    SEVERITY_LABEL[lang][f.severity],
    f.rule,
    cliMessage(f, lang),
  ]);
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i]!.length), 4));
  return rows.map(
    (r) =>
      `  ${r
        .slice(0, 3)
        .map((v, i) => v.padEnd(widths[i]!))
        .join('  ')}  ${r[3]}`,
  );
}

export function checkJson(file: string, result: CheckResult): object {
  return {
    file,
    tables: result.tables.map((t) => t.report),
    findings: result.findings.map((f) =>
      Object.assign({}, f, { message: cliMessage(f, 'id'), messageEn: cliMessage(f, 'en') }),
    ),
  };
}

/** The rules used, so a reader of the output knows how capaian was computed. */
export function settingsJson(result: CheckResult): object {
  const s = result.settings;
  return {
    negativeMethod: s.negativeMethod,
    negativeMethodSource: result.conventions.negative.source,
    cap: s.cap,
    capSource: result.conventions.cap.source,
    threshold: s.threshold,
    scale: s.scale.id,
    negativeIndicators: result.tables.flatMap((t) =>
      t.analysis.indicators
        .filter((i) => i.polarity === 'negatif')
        .map((i) => ({
          sheet: t.table.sheet,
          row: i.row + 1,
          indikator: i.indikator,
          source: i.polaritySource,
        })),
    ),
  };
}

export function changesText(result: GenerateResult, lang: Lang): string[] {
  const s = result.settings;
  const lines = result.changes.flatMap((c) => {
    const id = lang === 'id';
    const line = id
      ? `  ${c.sheet}!${c.range}: ${c.capaianK} rumus capaian kinerja${c.capaianKColumn ? ` (kolom ${c.capaianKColumn})` : ''}, ${c.capaianRp} rumus penyerapan${c.capaianRpColumn ? ` (kolom ${c.capaianRpColumn})` : ''}, ${c.subtotals} rumus subtotal, ${c.derived} rumus kolom turunan lain, ${c.converted} teks dijadikan angka${c.appendedColumns.length ? `, kolom baru ${c.appendedColumns.join(', ')}` : ''}${c.highlightRange ? `, sorotan di ${c.highlightRange}` : ''}`
      : `  ${c.sheet}!${c.range}: ${c.capaianK} capaian formulas${c.capaianKColumn ? ` (column ${c.capaianKColumn})` : ''}, ${c.capaianRp} penyerapan formulas${c.capaianRpColumn ? ` (column ${c.capaianRpColumn})` : ''}, ${c.subtotals} subtotal formulas, ${c.derived} other derived formulas, ${c.converted} text cells made numbers${c.appendedColumns.length ? `, new columns ${c.appendedColumns.join(', ')}` : ''}${c.highlightRange ? `, highlight on ${c.highlightRange}` : ''}`;
    const replaced = c.replaced.map((r) =>
      id
        ? `    ${r.letter} (${r.header}): ${r.count} nilai diketik diganti rumus`
        : `    ${r.letter} (${r.header}): ${r.count} typed values replaced by formulas`,
    );
    return [line, ...replaced];
  });
  const negatives = result.tables.flatMap((t) =>
    t.analysis.indicators.filter((i) => i.polarity === 'negatif'),
  );
  const source = result.conventions.negative;
  const why =
    lang === 'id'
      ? source.source === 'data'
        ? ` seperti capaian yang diketik kantor (${source.rows} baris)`
        : source.source === 'pengguna'
          ? ' (dipilih)'
          : ' (Permendagri 86/2017)'
      : source.source === 'data'
        ? ` as the office's typed achievements show (${source.rows} rows)`
        : source.source === 'pengguna'
          ? ' (chosen)'
          : ' (Permendagri 86/2017)';
  const capped = result.conventions.cap;
  const capWhy =
    capped.source !== 'data'
      ? ''
      : lang === 'id'
        ? ` seperti capaian di tabel (${capped.rows} baris di atas 100% ditulis 100%)`
        : ` as the table's achievements show (${capped.rows} rows above 100% written as 100%)`;
  const rule =
    lang === 'id'
      ? `  Aturan: indikator negatif (${negatives.map((n) => n.indikator).join('; ') || 'tidak ada'}) dihitung ${methodName(s.negativeMethod, lang)}${why}, batas ${s.cap === null ? 'tanpa batas' : formatPercent(s.cap)}${capWhy}, sorot di bawah ${formatPercent(s.threshold)}, skala ${s.scale.name}`
      : `  Rules: negative indicators (${negatives.map((n) => n.indikator).join('; ') || 'none'}) computed as ${methodName(s.negativeMethod, lang)}${why}, cap ${s.cap === null ? 'none' : formatPercent(s.cap, 'en')}${capWhy}, highlight below ${formatPercent(s.threshold, 'en')}, scale ${s.scale.name}`;
  return [...lines, rule];
}

export function ruleCounts(findings: readonly Finding[]): string {
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(f.rule, (counts.get(f.rule) ?? 0) + 1);
  return [...counts.entries()].map(([r, n]) => `${r} ${n}`).join(', ');
}
