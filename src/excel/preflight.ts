import { EngineOptions } from '../core/engine';
import type { GenerateResult } from '../core/generate';
import { withSaved } from '../core/options';
import { findingMessage } from '../core/i18n/messages';
import { EditPlan } from '../core/plan/types';
import { isMeasuring } from '../core/table/model';
import { formulaTooLong, protectionMessage, UserMessage } from './errors';
import { a1 } from '../core/sheet/address';
import { contains } from '../core/sheet/bounds';

/** "Length of formula contents: 8,192 characters" (Excel specifications and limits). */
const MAX_FORMULA = 8192;
import { WorkbookRead } from './read';

/** Engine options for this workbook: the saved ones, the names typed in our Perjanjian Kinerja sheet. */
export function optionsFor(read: WorkbookRead, given: EngineOptions): EngineOptions {
  const o = withSaved(read.saved, given);
  const typed = o.sheets?.signatories;
  const signatories = {
    ...((typed?.pertama ?? read.signatories.pertama)
      ? { pertama: typed?.pertama ?? read.signatories.pertama }
      : {}),
    ...((typed?.kedua ?? read.signatories.kedua) ? { kedua: typed?.kedua ?? read.signatories.kedua } : {}),
  };
  return { ...o, focusSheet: o.focusSheet ?? read.focus, sheets: { ...o.sheets, signatories } };
}

/** Why the sheet in focus cannot be turned into capaian tables, or null (the task pane says it too). */
export function refusal(
  result: Pick<GenerateResult, 'findings' | 'tables'>,
  read: Pick<WorkbookRead, 'focus' | 'generated'>,
): UserMessage | null {
  const active = read.focus;
  if (read.generated.includes(active))
    return {
      id: `Lembar "${active}" dibuat oleh Capaian Kinerja. Buka lembar tabel realisasi Anda, lalu klik Buat Tabel Capaian lagi.`,
      en: `Sheet "${active}" was made by Capaian Kinerja. Open your realisation table's sheet, then click Buat Tabel Capaian again.`,
    };
  const noTable = result.findings.find((f) => f.rule === 'no-table');
  if (noTable)
    return {
      id: `${findingMessage(noTable, 'id')} Pilih lembar berisi tabel realisasi (lembar "${active}" tidak berisi tabel yang dikenali).`,
      en: `${findingMessage(noTable, 'en')} Open the sheet with the realisation table (sheet "${active}" holds none we recognise).`,
    };
  if (!result.tables.some((t) => t.table.sheet === active && isMeasuring(t.table.layout)))
    return {
      id: `Lembar "${active}" berisi daftar target (IKU/anggaran) tanpa realisasi, jadi capaian tidak dapat dihitung di sini. Buka lembar tabel realisasi, lalu klik Buat Tabel Capaian lagi.`,
      en: `Sheet "${active}" holds a list of targets (IKU/budget) without realisation, so there is no capaian to compute here. Open the realisation table's sheet, then click Buat Tabel Capaian again.`,
    };
  return null;
}

function inTable(sheet: string, table: string, cell: string): UserMessage {
  return {
    id: `Tabel realisasi di lembar "${sheet}" adalah tabel Excel ("${table}"); Excel akan menyalin rumus ke seluruh kolomnya, termasuk sel yang tidak kami periksa, jadi tidak ada yang ditulis (sel pertama: ${cell}). Ubah menjadi rentang biasa (klik di tabel › Desain Tabel › Konversi ke Rentang), lalu coba lagi.`,
    en: `The realisation table on sheet "${sheet}" is an Excel table ("${table}"); Excel would copy our formulas down its whole columns, over cells we did not check, so nothing was written (first cell: ${cell}). Convert it to a normal range (click in the table › Table Design › Convert to Range), then try again.`,
    action: 'reread',
  };
}

/** A protected sheet or workbook the plan would write to, said before anything is written. */
export function blocked(read: WorkbookRead, plan: EditPlan): UserMessage | null {
  // Excel's sheet names ignore case: a sheet to add whose name a sheet has in other letters would fail
  // (ItemAlreadyExists) half-way through the write.
  const clash = plan.sheets.find(
    (p) => !read.names.includes(p.sheet) && read.names.some((n) => n.toLowerCase() === p.sheet.toLowerCase()),
  );
  if (clash)
    return {
      id: `Lembar "${clash.sheet}" tidak dapat dibuat: sudah ada lembar dengan nama yang sama (huruf besar/kecil tidak dibedakan Excel). Tidak ada yang ditulis. Ganti nama lembar itu, lalu coba lagi.`,
      en: `Sheet "${clash.sheet}" cannot be added: a sheet of the same name exists (Excel ignores case). Nothing was written. Rename that sheet, then try again.`,
      action: 'reread',
    };
  // Excel takes no formula over 8,192 characters (FormulaLengthExceedsLimit), found here before anything is
  // written rather than half-way through the write.
  for (const p of plan.sheets) {
    const long = p.cells.find((c) => c.kind === 'formula' && c.formula.length > MAX_FORMULA);
    if (long) return formulaTooLong(`${p.sheet}!${a1(long.row, long.col)}`);
  }
  // Excel fills a formula written into a table's column down all of it, over cells no finding names, and
  // that fill is not in Kembalikan's step: a table is turned into a range first, by the user.
  for (const t of read.excelTables) {
    const p = plan.sheets.find((x) => x.sheet === t.sheet && !x.create);
    const inside = p?.cells.find((c) => c.kind === 'formula' && contains(t.range, c.row, c.col));
    if (inside) return inTable(t.sheet, t.name, a1(inside.row, inside.col));
  }
  const sheet = plan.sheets.find((p) => read.names.includes(p.sheet) && read.sheetProtected(p.sheet));
  if (sheet) return protectionMessage({ sheet: sheet.sheet });
  const structural = plan.sheets.some((p) => !read.names.includes(p.sheet));
  if (structural && read.workbookProtected) return protectionMessage({ workbook: true });
  return null;
}
