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
      /** Changes still on the stack for the next Kembalikan. */
      readonly left: number;
      readonly restored: number;
      /** Cells the user changed after our run ("Sheet!A1"): left as they are. */
      readonly kept: readonly string[];
      /** Our sheets that were deleted. */
      readonly deleted: readonly string[];
    }
  | { readonly ok: false; readonly message: UserMessage; readonly nothing?: boolean };

export const NOTHING_TO_UNDO: UserMessage = {
  id: 'Belum ada perubahan oleh add-in (Buat Tabel Capaian atau Perbaiki) yang dapat dikembalikan di workbook ini.',
  en: 'There is no change of the add-in (Build Capaian Tables or Fix) to undo in this workbook.',
};

/** The record exists but cannot be read: not "nothing to undo", which would mislead. */
export const UNDO_DAMAGED: UserMessage = {
  id: 'Catatan Kembalikan di lembar tersembunyi "_CapaianKinerja" rusak (mungkin diubah dengan tangan), jadi perubahan add-in tidak dapat dikembalikan otomatis. Tidak ada yang diubah. Pakai Urungkan (Ctrl+Z) Excel atau versi sebelumnya dari Riwayat Versi.',
  en: "Kembalikan's record in the hidden sheet \"_CapaianKinerja\" is damaged (edited by hand?), so the add-in's changes cannot be undone automatically. Nothing was changed. Use Excel's Undo (Ctrl+Z) or an earlier version from Version History.",
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
 * Kembalikan: undoes the add-in's last change (a Buat Tabel Capaian, a Perbaiki): puts the cells it wrote back
 * as they were just before it, deletes the sheets it made, and, when no Buat Tabel Capaian is left to undo,
 * removes the conditional formats we added. A cell the user changed since is left as it is (and named). The
 * change before it stays on the stack for the next Kembalikan. What Kembalikan needs is read from the workbook,
 * so it works from the ribbon and the task pane alike, and in any later session.
 */
export async function kembalikan(context: WorkbookContext, lang: Lang = 'id'): Promise<UndoOutcome> {
  try {
    const read = await readWorkbook(context, { lang, sheets: false });
    const record = read.state.undo.at(-1);
    const rest = read.state.undo.slice(0, -1);
    if (!record && read.state.damaged?.includes('undo')) return { ok: false, message: UNDO_DAMAGED };
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
    const generatedBefore = rest.some((r) => r.kind === 'generate');
    let lookups: RuleLookup[] = [];
    const protections: [string, { readonly protected: boolean }][] = [];
    const answers = await read.reader.grids(requests, () => {
      // The highlight rules belong to Buat Tabel Capaian: they stay while an earlier run is still in place.
      if (!generatedBefore) lookups = queueRuleLookups(context, read.state.rules, read.names);
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
        const value = fingerprint(now.get(ref) ?? null);
        if (value === c.wrote) return true;
        // Put back already by a Kembalikan that stopped part-way: restored, not the user's.
        if (value !== fingerprint(c.content)) kept.push(ref);
        return false;
      }),
    }));

    // 1. The workbook as it was; the step stays on the stack until that has synced, so a failure part-way
    // (the user switched workbook, a co-author's change) leaves the step for Coba lagi, not the one before.
    const batch = new Batch(context, DEFAULT_MAX_BYTES);
    try {
      for (const old of ours) old.delete();
      await batch.add(300 * ours.length);
      for (const s of back) await queueRestore(batch, s.sheet, s.cells);
      const first = sheets[0]?.sheet;
      if (first) context.workbook.worksheets.getItem(first).activate();
      for (const name of deleted) context.workbook.worksheets.getItem(name).delete();
      await batch.add(300 * (deleted.length + 1));
      await batch.flush();
      // 2. Then the stack, shortened.
      const state: AddinState = { ...read.state, undo: rest, rules: generatedBefore ? read.state.rules : [] };
      await queuePlan(
        batch,
        withState({ sheets: [] }, read.registry, state, { drop: deleted, signatories: read.signatories }),
        read.names.filter((n) => !deleted.includes(n)),
        { read },
      );
      await batch.flush();
    } catch (e) {
      return { ok: false, message: partlyRestored(officeErrorMessage(e)) };
    }
    return {
      ok: true,
      record,
      left: rest.length,
      restored: back.reduce((n, s) => n + s.cells.length, 0),
      kept,
      deleted,
    };
  } catch (e) {
    return { ok: false, message: officeErrorMessage(e) };
  }
}

/** Kembalikan stopped part-way: the step is still on the stack, and the next click finishes it. */
function partlyRestored(m: UserMessage): UserMessage {
  return {
    id: `${m.id} Kembalikan belum selesai: sebagian sel mungkin sudah dikembalikan, dan perubahan ini masih tercatat. Klik Kembalikan lagi untuk menyelesaikannya.`,
    en: `${m.en} Kembalikan did not finish: some cells may be back already, and this change is still recorded. Click Kembalikan again to finish it.`,
    action: 'restore',
  };
}

/** When a run was, in the user's words. */
export function whenText(iso: string, lang: Lang): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleString(lang === 'en' ? 'en-GB' : 'id-ID', { dateStyle: 'medium', timeStyle: 'short' });
}

/** A change on Kembalikan's stack in the user's words: which button, how many cells, when. */
export function changeText(r: UndoRecord, lang: Lang): string {
  const cells = r.sheets.reduce((n, s) => n + s.cells.length, 0);
  const what =
    r.kind === 'fix'
      ? lang === 'en'
        ? 'Fix'
        : 'Perbaiki'
      : lang === 'en'
        ? 'Build Capaian Tables'
        : 'Buat Tabel Capaian';
  // The oldest changes merged into one step (see pushRun): how many, not which button.
  const many = r.runs > 1 ? (lang === 'en' ? `${r.runs} changes` : `${r.runs} perubahan`) : what;
  return lang === 'en'
    ? `${many} (${whenText(r.last, lang)}, ${cells} cells)`
    : `${many} (${whenText(r.last, lang)}, ${cells} sel)`;
}

/** What Kembalikan did, said to the user: which change, what was deleted, what was left, what is next. */
export function undoSummary(o: Extract<UndoOutcome, { ok: true }>): UserMessage {
  const sheets = [...new Set(o.record.sheets.map((s) => `"${s.sheet}"`))].join(', ');
  const list = (xs: readonly string[]): string =>
    xs.length > 10 ? `${xs.slice(0, 10).join(', ')} …(+${xs.length - 10})` : xs.join(', ');
  const cells = o.kept.map((k) => k.slice(k.lastIndexOf('!') + 1));
  return {
    id: [
      `Dikembalikan: ${changeText(o.record, 'id')}.`,
      o.restored ? `${o.restored} sel di ${sheets} seperti sebelumnya.` : '',
      o.deleted.length ? `Lembar yang dihapus: ${o.deleted.join(', ')}.` : '',
      o.kept.length ? `${o.kept.length} sel yang Anda ubah sesudahnya dibiarkan: ${list(cells)}.` : '',
      o.left ? `Masih ada ${o.left} perubahan sebelumnya yang dapat dikembalikan.` : '',
    ]
      .filter(Boolean)
      .join(' '),
    en: [
      `Undone: ${changeText(o.record, 'en')}.`,
      o.restored ? `${o.restored} cells in ${sheets} as they were.` : '',
      o.deleted.length ? `Sheets deleted: ${o.deleted.join(', ')}.` : '',
      o.kept.length ? `${o.kept.length} cells you changed since were left as they are: ${list(cells)}.` : '',
      o.left ? `${o.left} earlier changes can still be undone.` : '',
    ]
      .filter(Boolean)
      .join(' '),
  };
}
