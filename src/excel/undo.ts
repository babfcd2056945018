import { a1 } from '../core/sheet/address';
import { REGISTRY_SHEET } from '../core/sheets/registry';
import { AddinState, withState } from '../core/sheets/state';
import { fingerprint, UndoCell, UndoRecord } from '../core/sheets/undo';
import { Lang } from '../core/i18n/format';
import { FoundConditionalFormat, WorkbookContext } from './api';
import { Batch, DEFAULT_MAX_BYTES, queuePlan, queueRestore } from './apply';
import { officeErrorMessage, protectionMessage, UserMessage } from './errors';
import { queueProtections, readWorkbook } from './read';
import { GridRequest } from './reader';
import { queueRuleDetails, queueRuleLookups, RuleLookup } from './rules';

export type UndoOutcome =
  | {
      readonly ok: true;
      readonly record: UndoRecord;
      readonly restored: number;
      /** Cells the user changed after our run ("Sheet!A1"): left as they are. */
      readonly kept: readonly string[];
      /** Our sheets that were deleted. */
      readonly deleted: readonly string[];
    }
  | { readonly ok: false; readonly message: UserMessage; readonly nothing?: boolean };

export const NOTHING_TO_UNDO: UserMessage = {
  id: 'Belum ada perubahan Buat Tabel Capaian yang dapat dikembalikan di workbook ini.',
  en: 'There is no Build Capaian Tables change to undo in this workbook.',
};

/** Runs of recorded cells down one column, as ranges to read. */
function columnRuns(cells: readonly UndoCell[]): { col: number; top: number; bottom: number }[] {
  const sorted = [...cells].sort((a, b) => a.col - b.col || a.row - b.row);
  const runs: { col: number; top: number; bottom: number }[] = [];
  for (const c of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.col === c.col && last.bottom + 1 === c.row) last.bottom = c.row;
    else runs.push({ col: c.col, top: c.row, bottom: c.row });
  }
  return runs;
}

/**
 * Kembalikan: puts the user's sheets back as they were before the first Buat Tabel Capaian since the last
 * Kembalikan, deletes the sheets those runs made, and removes only the conditional formats we added. A cell the
 * user changed after our run is left as it is (and named). What Kembalikan needs is read from the workbook, so
 * it works from the ribbon and the task pane alike, and in any later session.
 */
export async function kembalikan(context: WorkbookContext, lang: Lang = 'id'): Promise<UndoOutcome> {
  try {
    const read = await readWorkbook(context, { lang, sheets: false });
    const record = read.state.undo;
    if (!record) return { ok: false, nothing: true, message: NOTHING_TO_UNDO };
    const deleted = record.created.filter((n) => read.names.includes(n) && n !== REGISTRY_SHEET);
    const sheets = record.sheets.filter((s) => read.names.includes(s.sheet));

    // What each recorded cell holds now, the sheets' protection, and where our conditional formats are.
    const requests: GridRequest[] = sheets.flatMap((s) =>
      columnRuns(s.cells).map((r) => ({
        sheet: s.sheet,
        range: { top: r.top, left: r.col, bottom: r.bottom, right: r.col },
        props: ['values', 'formulas'] as const,
      })),
    );
    const recorded = sheets.map((s) => s.sheet);
    let lookups: RuleLookup[] = [];
    const protections: [string, { readonly protected: boolean }][] = [];
    const answers = await read.reader.grids(requests, () => {
      lookups = queueRuleLookups(context, read.state.rules, read.names);
      protections.push(...queueProtections(context, recorded));
    });
    const locked = protections.find(([, p]) => p.protected);
    if (locked) return { ok: false, message: protectionMessage({ sheet: locked[0] }) };
    if (deleted.length > 0 && read.workbookProtected)
      return { ok: false, message: protectionMessage({ workbook: true }) };
    let ours: FoundConditionalFormat[] = [];
    if (lookups.length > 0) {
      const found = queueRuleDetails(lookups);
      await read.reader.sync();
      ours = found();
    }

    // A formula cell by its formula, a constant by its value.
    const now = new Map<string, unknown>();
    for (const [req, a] of answers) {
      const put = (pieces: typeof a.values | typeof a.formulas) =>
        pieces.forEach((piece) =>
          piece.rows.forEach((row, i) =>
            row.forEach((v, j) => {
              if (v !== null) now.set(`${req.sheet}!${a1(piece.range.top + i, piece.range.left + j)}`, v);
            }),
          ),
        );
      put(a.values);
      put(a.formulas);
    }
    const kept: string[] = [];
    const back = sheets.map((s) => ({
      sheet: s.sheet,
      cells: s.cells.filter((c) => {
        const ref = `${s.sheet}!${a1(c.row, c.col)}`;
        const same = fingerprint(now.get(ref) ?? null) === c.wrote;
        if (!same) kept.push(ref);
        return same;
      }),
    }));

    const state: AddinState = { ...read.state, undo: null, rules: [] };
    const batch = new Batch(context, DEFAULT_MAX_BYTES);
    await queuePlan(
      batch,
      withState({ sheets: [] }, read.registry, state, { drop: deleted, signatories: read.signatories }),
      read.names,
      { deleteRules: ours },
    );
    for (const s of back) await queueRestore(batch, s.sheet, s.cells);
    const first = sheets[0]?.sheet;
    if (first) context.workbook.worksheets.getItem(first).activate();
    for (const name of deleted) context.workbook.worksheets.getItem(name).delete();
    await batch.add(100 * (deleted.length + 1));
    await batch.flush();
    return { ok: true, record, restored: back.reduce((n, s) => n + s.cells.length, 0), kept, deleted };
  } catch (e) {
    return { ok: false, message: officeErrorMessage(e) };
  }
}

/** When a run was, in the user's words. */
export function whenText(iso: string, lang: Lang): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleString(lang === 'en' ? 'en-GB' : 'id-ID', { dateStyle: 'medium', timeStyle: 'short' });
}

/** What Kembalikan did, said to the user: back to before which run, what was deleted, what was left. */
export function undoSummary(o: Extract<UndoOutcome, { ok: true }>): UserMessage {
  const sheets = [...new Set(o.record.sheets.map((s) => `"${s.sheet}"`))].join(', ');
  const list = (xs: readonly string[]): string =>
    xs.length > 10 ? `${xs.slice(0, 10).join(', ')} …(+${xs.length - 10})` : xs.join(', ');
  const cells = o.kept.map((k) => k.slice(k.lastIndexOf('!') + 1));
  return {
    id: [
      `Dikembalikan seperti sebelum perubahan pertama oleh add-in (${o.record.runs} perubahan sejak ${whenText(o.record.first, 'id')}): ${o.restored} sel di ${sheets}.`,
      o.deleted.length ? `Lembar yang dihapus: ${o.deleted.join(', ')}.` : '',
      o.kept.length ? `${o.kept.length} sel yang Anda ubah sesudahnya dibiarkan: ${list(cells)}.` : '',
    ]
      .filter(Boolean)
      .join(' '),
    en: [
      `Back to before the add-in's first change (${o.record.runs} changes since ${whenText(o.record.first, 'en')}): ${o.restored} cells in ${sheets}.`,
      o.deleted.length ? `Sheets deleted: ${o.deleted.join(', ')}.` : '',
      o.kept.length ? `${o.kept.length} cells you changed since were left as they are: ${list(cells)}.` : '',
    ]
      .filter(Boolean)
      .join(' '),
  };
}
