import { IndicatorFigures } from '../check/analysis';
import { SheetReader, SheetSnapshot } from '../sheet/snapshot';
import { a1, columnLetters } from '../sheet/address';
import { BORDERED, CENTERED, HEADER, linkFormula, sheetRef, SheetBuilder } from './builder';
import { GenerateContext, SourceTable } from './context';
import { nameKey } from './match';
import { numberTextFormula } from './numberText';
import { PengukuranLayout, PK_COL } from './pengukuran';
import { PerbandinganLayout } from './perbandingan';
import { flat } from '../plan/flat';
import { pushTo } from '../collect';

/** Columns of the Narasi sheet; from HELPER on they hold the sentence's figures and are hidden. */
const COL = {
  no: 0,
  nama: 1,
  kalimat: 2,
  perlu: 3,
  analisis: 4,
  capaian: 5,
  capaianText: 6,
  realisasiText: 7,
  targetText: 8,
  previousText: 9,
  renstraText: 10,
} as const;
const HELPER = COL.capaian;
const BELOW = 'FFC7CE';
const SENTENCE: typeof BORDERED = { ...BORDERED, wrap: true };

/** Excel and LibreOffice strings: a quote inside is doubled. */
function str(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

/** The analyses the user wrote on our earlier Narasi sheet, by indicator, so a regeneration keeps them. */
function writtenAnalyses(earlier: SheetSnapshot | undefined): Map<string, string> {
  const out = new Map<string, string>();
  if (!earlier) return out;
  const r = new SheetReader(earlier);
  for (let row = r.firstRow; row <= r.lastRow; row++) {
    const text = r.text(row, COL.analisis);
    const key = nameKey(r.text(row, COL.nama));
    if (text && key && !out.has(key)) out.set(key, text);
  }
  return out;
}

/** Sasaran in the order the table gives them, each with its indicators; those under none last. */
function bySasaran(indicators: readonly IndicatorFigures[]): Map<string | null, IndicatorFigures[]> {
  const groups = new Map<string | null, IndicatorFigures[]>();
  for (const i of indicators) pushTo(groups, i.node.sasaran, i);
  const none = groups.get(null);
  if (none) {
    groups.delete(null);
    groups.set(null, none);
  }
  return groups;
}

/**
 * How the source shows its realisasi, from the number format it has after our edits (a run that turned
 * "25 org" into 25 shown as `0 "org"` and a later run reading that cell agree): a percentage is held as a
 * fraction and written ×100 with its % sign; a quoted unit follows the figure.
 */
function shownUnit(format: string | undefined): { percent: boolean; unitText: string | null } {
  if (!format) return { percent: false, unitText: null };
  const unquoted = format.replace(/"[^"]*"/g, '');
  const quoted = /"([^"]+)"\s*$/.exec(format)?.[1]?.trim();
  return { percent: unquoted.includes('%'), unitText: quoted || null };
}

/** A sasaran's sentence: how many indicators, how many met their target, their mean capaian. */
function sasaranLine(
  b: SheetBuilder,
  head: number,
  n: number,
  sasaran: string,
  count: number,
  ctx: GenerateContext,
): void {
  const range = (col: number): string => `${a1(head + 1, col)}:${a1(head + count, col)}`;
  b.text(head, COL.no, String(n), { ...CENTERED, bold: true });
  b.text(head, COL.nama, sasaran, { ...BORDERED, bold: true });
  const [s0, s1, s2, s3, s4, s5] = ctx.labels.kalimat.sasaran.map(str);
  const avg = a1(head, COL.capaian);
  const capaian = range(COL.capaian);
  b.formula(head, COL.capaian, flat`=IF(COUNT(${capaian})=0,"",AVERAGE(${capaian}))`);
  b.formula(head, COL.capaianText, numberTextFormula(avg, ctx.lang, true));
  const met = `COUNTIF(${capaian},">=${ctx.settings.threshold}")`;
  const tail = `IF(ISNUMBER(${avg}),${s3}&${met}&${s4}&${a1(head, COL.capaianText)}&${s5},"")`;
  const sentence = flat`=${s0}&${a1(head, COL.nama)}&${s1}&COUNTA(${range(COL.nama)})&${s2}&${tail}&"."`;
  b.formula(head, COL.kalimat, sentence, undefined, SENTENCE);
  b.fitText(head, COL.kalimat, 150 + sasaran.length);
  for (const c of [COL.perlu, COL.analisis]) b.blank(head, c);
}

/**
 * The Narasi sheet: chapter III's sentences for each sasaran and indicator, built by formula from the
 * Pengukuran and Perbandingan cells, so they follow every edit of the source. Numbers are written out by
 * numberTextFormula (separators of the report's language, not of the Excel that computes them).
 */
export function buildNarasi(
  name: string,
  src: SourceTable,
  /** The sasaran-level indicators chapter III reports on (a program's, in a Renja table). */
  lines: readonly IndicatorFigures[],
  p: PengukuranLayout,
  banding: PerbandinganLayout | null,
  earlier: SheetSnapshot | undefined,
  ctx: GenerateContext,
): SheetBuilder {
  const k = ctx.labels.kalimat;
  const b = new SheetBuilder(name);
  const analyses = writtenAnalyses(earlier);
  const threshold = ctx.settings.threshold;
  b.titleBlock(k.title(ctx.year), ctx.dinas, COL.analisis);
  const header = 3;
  const heads = [ctx.labels.no, ctx.labels.indikator, k.kalimat, k.perluAnalisis, k.analisis];
  heads.forEach((h, c) => b.text(header, c, h, HEADER));
  b.text(header, HELPER, k.bantu, HEADER);
  [72, 14, 36].forEach((w, i) => b.width(COL.kalimat + i, w));
  b.width(COL.no, 5).width(COL.nama, 34);
  for (let c = HELPER; c <= COL.renstraText; c++) b.width(c, 14).hide(c);

  const cSatuan = src.col('satuan');
  const indicators = lines.filter((i) => p.indicatorRow.has(i.row));
  let row = header + 1;
  let n = 0;
  const groups = bySasaran(indicators);
  for (const [sasaran, inds] of groups) {
    // A sasaran's sentence prints with its indicators' when they fit on a page.
    const groupTop = row;
    // Indicators under no sasaran get a plain heading, and none when they are the whole table.
    if (sasaran !== null) sasaranLine(b, row++, ++n, sasaran, inds.length, ctx);
    else if (groups.size > 1) {
      b.blank(row, COL.no).text(row, COL.nama, k.lainnya, { ...BORDERED, bold: true });
      for (const c of [COL.kalimat, COL.perlu, COL.analisis]) b.blank(row, c);
      row++;
    }
    for (const ind of inds) {
      const pRow = p.indicatorRow.get(ind.row)!;
      const cell = (col: number): string => a1(row, col);
      b.blank(row, COL.no);
      b.text(row, COL.nama, ind.indikator);
      b.formula(row, COL.capaian, linkFormula(sheetRef(p.sheet, pRow, PK_COL.capaian)), '0.00%');
      b.formula(row, COL.capaianText, numberTextFormula(cell(COL.capaian), ctx.lang, true));
      const cReal = src.col('realisasiK');
      const { percent, unitText } = shownUnit(cReal === null ? undefined : src.format(ind.row, cReal));
      const figure = (col: number, pCol: number): void => {
        const ref = sheetRef(p.sheet, pRow, pCol);
        b.formula(row, col, numberTextFormula(percent ? `${ref}*100` : ref, ctx.lang, false));
      };
      figure(COL.realisasiText, PK_COL.realisasi);
      figure(COL.targetText, PK_COL.target);
      const unit = percent
        ? '"%"'
        : cSatuan !== null
          ? `IF(${src.ref(ind.row, cSatuan)}="","",IF(${src.ref(ind.row, cSatuan)}="%",""," "&${src.ref(ind.row, cSatuan)}))`
          : str(unitText ? ` ${unitText}` : '');
      const [realisasi, target] = [cell(COL.realisasiText), cell(COL.targetText)];
      const figures = `IF(${realisasi}<>"",${str(k.denganRealisasi)}&${realisasi}&${unit}&IF(${target}<>"",${str(k.dariTarget)}&${target}&${unit},""),"")`;

      const cap = cell(COL.capaian);
      let previous = '""';
      let renstra = '""';
      const bRow = banding?.rowOf.get(ind.row);
      if (banding && bRow !== undefined && banding.previous) {
        const ref = sheetRef(banding.sheet, bRow, banding.previous.capaianCol);
        b.formula(row, COL.previousText, numberTextFormula(ref, ctx.lang, true));
        const [naik, turun, sama] = k.arah.map(str);
        // Compared as shown (two decimals of a percent): "naik dari 99,86%" never beside 99,86%.
        const [now, then] = [`ROUND(${cap},4)`, `ROUND(${ref},4)`];
        previous = `IF(ISNUMBER(${ref}),IF(${now}>${then},${naik},IF(${now}<${then},${turun},${sama}))&${cell(COL.previousText)}&"%"&${str(`${k.pada}${banding.previous.year}`)},"")`;
      } else b.blank(row, COL.previousText);
      if (banding && bRow !== undefined && banding.renstra) {
        const ref = sheetRef(banding.sheet, bRow, banding.renstra.capaianCol);
        b.formula(row, COL.renstraText, numberTextFormula(ref, ctx.lang, true));
        renstra = `IF(ISNUMBER(${ref}),${str(k.renstra(banding.renstra.year))}&${cell(COL.renstraText)}&"%","")`;
      } else b.blank(row, COL.renstraText);

      const predikat = sheetRef(p.sheet, pRow, PK_COL.predikat);
      const [b0, b1] = k.belum.map(str);
      const nama = cell(COL.nama);
      b.formula(
        row,
        COL.kalimat,
        flat`=IF(ISNUMBER(${cap}),${str(k.capaianIndikator)}&${nama}&${str(k.sebesar)}&${cell(COL.capaianText)}&"% ("&${predikat}&")"&${figures}&${previous}&${renstra}&".",${b0}&${nama}&${b1})`,
        undefined,
        SENTENCE,
      );
      b.fitText(row, COL.kalimat, 170 + ind.indikator.length);
      b.formula(
        row,
        COL.perlu,
        flat`=IF(AND(ISNUMBER(${cap}),${cap}<${threshold}),${str(k.perlu)},"")`,
        undefined,
        CENTERED,
      );
      const written = analyses.get(nameKey(ind.indikator));
      if (written) b.typed(row, COL.analisis, written);
      else b.blank(row, COL.analisis);
      row++;
    }
    b.keep(groupTop, row - 1);
  }
  if (row > header + 1) {
    const mark = `$${columnLetters(COL.perlu)}${header + 2}`;
    b.conditionalFormat({
      range: { top: header + 1, left: COL.perlu, bottom: row - 1, right: COL.analisis },
      rule: { kind: 'expression', formula: `${mark}<>""`, fill: BELOW, fontColor: '000000' },
    });
  }
  b.freeze(header + 1);
  b.print('landscape', { top: header, bottom: header });
  return b;
}
