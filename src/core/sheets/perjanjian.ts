import { IndicatorFigures } from '../check/analysis';
import { FORMAT } from '../plan/types';
import { isAccountNode, TableNode } from '../table/model';
import { BORDERED, CENTERED, HEADER, linkFormula, SheetBuilder } from './builder';
import { GenerateContext, SourceTable } from './context';
import { Signatory } from './registry';
import { Signatories } from './dinas';
import { SIGN_OFFSET } from './signatories';
import { flat } from '../plan/flat';

export type { Signatories } from './dinas';

const COL = { no: 0, a: 1, b: 2, c: 3 } as const;
function writeSignature(b: SheetBuilder, row: number, col: number, label: string, s: Signatory): void {
  const plain = { horizontal: 'center', wrap: true } as const;
  b.text(row, col, `${label},`, { ...plain, bold: true });
  b.text(row + SIGN_OFFSET.jabatan, col, s.jabatan, plain);
  b.text(row + SIGN_OFFSET.nama, col, s.nama, { ...plain, bold: true });
  b.text(row + SIGN_OFFSET.pangkat, col, s.pangkat, plain);
  b.text(row + SIGN_OFFSET.nip, col, s.nip, plain);
}

export interface PerjanjianSources {
  /** Table 1: sasaran, indikator and target lines (from the IKU table, else the realisasi table). */
  readonly targets: { readonly src: SourceTable; readonly lines: readonly IndicatorFigures[] } | null;
  /** Table 2: programs with their pagu. */
  readonly programs: { readonly src: SourceTable; readonly nodes: readonly TableNode[] } | null;
}

export function buildPerjanjian(
  name: string,
  sources: PerjanjianSources,
  ctx: GenerateContext,
  signatories: Signatories,
): SheetBuilder {
  const b = new SheetBuilder(name);
  const l = ctx.labels;
  b.titleBlock(l.pkTitle(ctx.year), ctx.dinas, COL.c);
  let row = 3;

  b.keep(row, row + 2);
  b.text(row++, 0, `1. ${l.pkTable1}`, { bold: true });
  [l.no, l.sasaran, l.indikator, l.target].forEach((h, c) => b.text(row, c, h, HEADER));
  row++;
  if (sources.targets) {
    const { src, lines } = sources.targets;
    const cTarget = src.col('targetK');
    let n = 0;
    let lastSasaran: string | null = null;
    let groupTop = row;
    const closeGroup = (): void => {
      b.merge(groupTop, COL.no, row - 1, COL.no).merge(groupTop, COL.a, row - 1, COL.a);
    };
    for (const ind of lines) {
      const sasaran = ind.node.sasaran ?? ind.node.name;
      if (sasaran !== lastSasaran) {
        if (lastSasaran !== null) closeGroup();
        groupTop = row;
        lastSasaran = sasaran;
        b.text(row, COL.no, `${++n}.`, CENTERED);
        b.text(row, COL.a, sasaran);
      } else b.blank(row, COL.no).blank(row, COL.a);
      b.text(row, COL.b, ind.indikator);
      if (cTarget === null) b.blank(row, COL.c);
      else {
        b.formula(row, COL.c, linkFormula(src.ref(ind.row, cTarget)), src.format(ind.row, cTarget), CENTERED);
      }
      row++;
    }
    if (lastSasaran !== null) closeGroup();
  }
  row++;

  const table2 = row;
  b.text(row++, 0, `2. ${l.pkTable2}`, { bold: true });
  [l.no, l.program, l.anggaran, l.keterangan].forEach((h, c) => b.text(row, c, h, HEADER));
  row++;
  // Budget accounts (belanja, pendapatan, retribusi) are not programs the head of the office signs for.
  const programs =
    sources.programs?.nodes.filter((n) => !isAccountNode(sources.programs!.src.at.table, n)) ?? [];
  if (sources.programs && programs.length > 0) {
    const { src } = sources.programs;
    const nodes = programs;
    const cPagu = src.col('pagu');
    const top = row;
    nodes.forEach((node, i) => {
      b.text(row, COL.no, `${i + 1}.`, CENTERED);
      b.text(row, COL.a, node.name);
      if (cPagu === null) b.blank(row, COL.b);
      else b.formula(row, COL.b, linkFormula(src.ref(node.rows[0]!, cPagu)), FORMAT.rupiah);
      b.text(row, COL.c, node.orphanReason ? l.noProgramRow : '');
      row++;
    });
    b.text(row, COL.no, l.jumlah, { ...BORDERED, bold: true }).merge(row, COL.no, row, COL.a);
    b.formula(row, COL.b, flat`=SUM(C${top + 1}:C${row})`, FORMAT.rupiah, { ...BORDERED, bold: true });
    b.blank(row, COL.c);
    row++;
  }

  // The signatures print with the table they sign, with its last row at least.
  b.keep(table2, row + 2 + SIGN_OFFSET.nip);
  b.keep(row - 1, row + 2 + SIGN_OFFSET.nip);
  row += 2;
  writeSignature(b, row, COL.a, l.pihakKedua, signatories.kedua);
  writeSignature(b, row, COL.b, l.pihakKesatu, signatories.pertama);

  [6, 45, 45, 22].forEach((w, c) => b.width(c, w));
  b.print('landscape');
  return b;
}
