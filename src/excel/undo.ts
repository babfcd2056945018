import { a1 } from '../core/sheet/address';
import { REGISTRY_SHEET } from '../core/sheets/registry';
import { AddinState, withState } from '../core/sheets/state';
import { CellNow, forgetWritten, keptSheetName, typedCells } from '../core/sheets/typed';
import { UndoCell, UndoRecord } from '../core/sheets/undo';
import { fingerprint } from '../core/sheets/record';
import { Lang } from '../core/i18n/format';
import { FoundConditionalFormat, WorkbookContext } from './api';
import { Batch, DEFAULT_MAX_BYTES, queuePlan, queueRestore } from './apply';
import { officeErrorMessage, protectionMessage, UserMessage } from './errors';
import { queueProtections, readWorkbook } from './read';
import { GridAnswer, GridRequest } from './reader';
import { queueRuleDetails, queueRuleLookups, RuleLookup } from './rules';
import { writtenNow } from './undoOlder';

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
      /** Our sheets that held what the user typed, kept under a new name and no longer ours. */
      readonly keptAs: readonly KeptSheet[];
    }
  | {
      readonly ok: false;
      readonly message: UserMessage;
      readonly nothing?: boolean;
      /** Our sheets that hold what the user typed: Kembalikan needs a choice (`typed`), nothing was changed. */
      readonly ask?: readonly TypedSheet[];
    };

/** One of our sheets Kembalikan would delete, with what the user typed in it. */
export interface TypedSheet {
  readonly sheet: string;
  /** The cells ("B7"), in order down each column. */
  readonly cells: readonly string[];
  /** What they hold, a few of them, shortened. */
  readonly texts: readonly string[];
  /** The name it is kept under if the user chooses to keep it. */
  readonly keepAs: string;
  /**
   * Made before the record of what we wrote was kept, and not as Buat Tabel Capaian would write it now
   * ('differs': `cells` are those that differ) or with nothing to compare it with ('unknown', the source table
   * is gone: every filled cell): the user's typing cannot be told from ours.
   */
  readonly older?: 'differs' | 'unknown';
  /** The sheet, its cells and an example, in a sentence (the pane says it before the choice). */
  readonly said: UserMessage;
}

export interface KeptSheet {
  readonly sheet: string;
  readonly as: string;
  readonly cells: number;
  /** What became of it, in a sentence for Kembalikan's summary. */
  readonly said: UserMessage;
}

/** What to do with our sheets that hold what the user typed: ask (the pane), keep them renamed, or delete. */
export type TypedChoice = 'ask' | 'keep' | 'delete';

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
export async function kembalikan(
  context: WorkbookContext,
  lang: Lang = 'id',
  typed: TypedChoice = 'ask',
): Promise<UndoOutcome> {
  try {
    const read = await readWorkbook(context, { lang, sheets: false });
    const record = read.state.undo.at(-1);
    const rest = read.state.undo.slice(0, -1);
    if (!record && read.state.damaged?.includes('undo')) return { ok: false, message: UNDO_DAMAGED };
    if (!record) return { ok: false, nothing: true, message: NOTHING_TO_UNDO };
    const ourSheets = record.created.filter((n) => read.names.includes(n) && n !== REGISTRY_SHEET);
    const sheets = record.sheets.filter((s) => read.names.includes(s.sheet));

    // What each recorded cell holds now, the sheets' protection, and where our conditional formats are.
    const requests: GridRequest[] = sheets.flatMap((s) =>
      columnRuns(s.cells).map((r) => ({
        sheet: s.sheet,
        range: { top: r.top, left: r.col, bottom: r.bottom, right: r.col },
        props: ['values', 'formulas'] as const,
      })),
    );
    // Our sheets as they are now, to find what the user typed in them before they go.
    const looks: GridRequest[] = ourSheets.flatMap((n) => {
      const used = read.used.get(n);
      return used ? [{ sheet: n, range: used, props: ['values', 'formulas'] as const }] : [];
    });
    const recorded = sheets.map((s) => s.sheet);
    const generatedBefore = rest.some((r) => r.kind === 'generate');
    let lookups: RuleLookup[] = [];
    const protections: [string, { readonly protected: boolean }][] = [];
    const answers = await read.reader.grids([...requests, ...looks], () => {
      // The highlight rules belong to Buat Tabel Capaian: they stay while an earlier run is still in place.
      if (!generatedBefore) lookups = queueRuleLookups(context, read.state.rules, read.names);
      protections.push(...queueProtections(context, recorded));
    });
    const locked = protections.find(([, p]) => p.protected);
    if (locked) return { ok: false, message: protectionMessage({ sheet: locked[0] }) };
    if (ourSheets.length > 0 && read.workbookProtected)
      return { ok: false, message: protectionMessage({ workbook: true }) };
    let ours: FoundConditionalFormat[] = [];
    if (lookups.length > 0) {
      const found = queueRuleDetails(lookups);
      await read.reader.sync();
      ours = found();
    }

    // What the user typed in our sheets: the names they typed under the signatures are kept in the registry.
    const signed = new Set(
      Object.values(read.signatories).flatMap((s) => Object.values(s).filter((v) => v !== '')),
    );
    const filled = new Map(
      looks.map((req) => {
        const a = answers.get(req);
        return [req.sheet, a ? contentOf(a).filter((c) => !signed.has(String(c.content))) : []];
      }),
    );
    // A sheet made before the record was kept: what we would write now stands in for it, when it matches.
    const unrecorded = looks.filter((r) => !read.state.written[r.sheet] && filled.get(r.sheet)!.length > 0);
    const source = record.sheets[0]?.sheet ?? read.state.source ?? undefined;
    const guesses = unrecorded.length > 0 ? await writtenNow(context, lang, source) : [];
    const typedIn = looks
      .map(({ sheet }) => {
        const now = filled.get(sheet)!;
        const runs = read.state.written[sheet];
        if (runs) return { sheet, cells: typedCells(runs, now).cells };
        const best = guesses
          .flatMap((w) => (w[sheet] ? [typedCells(w[sheet], now)] : []))
          .sort((a, b) => a.over - b.over)[0];
        if (best && best.over === 0) return { sheet, cells: best.cells };
        return {
          sheet,
          cells: best?.cells ?? now,
          older: best ? ('differs' as const) : ('unknown' as const),
        };
      })
      .filter((t) => t.cells.length > 0);
    const names = [...read.names];
    const keep = typedIn.map((t): TypedSheet => {
      const keepAs = keptSheetName(t.sheet, names, lang);
      names.push(keepAs);
      const cells = t.cells.map((c) => a1(c.row, c.col));
      const texts = [...new Set(t.cells.map((c) => shorten(String(c.content))))].slice(0, 3);
      return {
        sheet: t.sheet,
        cells,
        texts,
        keepAs,
        ...(t.older ? { older: t.older } : {}),
        said: typedSentence(t.sheet, cells, texts[0] ?? '', t.older),
      };
    });
    if (keep.length > 0 && typed === 'ask') return { ok: false, ask: keep, message: typedMessage(keep) };
    const kept = typed === 'keep' ? keep : [];
    const deleted = ourSheets.filter((n) => !kept.some((k) => k.sheet === n));

    // A formula cell by its formula, a constant by its value.
    const now = new Map<string, unknown>();
    for (const [req, a] of answers) {
      if (looks.includes(req)) continue;
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
    const left: string[] = [];
    const back = sheets.map((s) => ({
      sheet: s.sheet,
      cells: s.cells.filter((c) => {
        const ref = `${s.sheet}!${a1(c.row, c.col)}`;
        const value = fingerprint(now.get(ref) ?? null);
        if (value === c.wrote) return true;
        // Put back already by a Kembalikan that stopped part-way: restored, not the user's.
        if (value !== fingerprint(c.content)) left.push(ref);
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
      // Kept under a free name: the next Buat Tabel Capaian makes its own sheet and never touches this one.
      for (const k of kept) context.workbook.worksheets.getItem(k.sheet).name = k.keepAs;
      for (const name of deleted) context.workbook.worksheets.getItem(name).delete();
      await batch.add(300 * (ourSheets.length + 1));
      await batch.flush();
      // 2. Then the stack, shortened; the kept sheets are no longer ours.
      const state: AddinState = {
        ...read.state,
        undo: rest,
        rules: generatedBefore ? read.state.rules : [],
        written: forgetWritten(read.state.written, ourSheets),
      };
      await queuePlan(
        batch,
        withState({ sheets: [] }, read.registry, state, { drop: ourSheets, signatories: read.signatories }),
        [...read.names.filter((n) => !ourSheets.includes(n)), ...kept.map((k) => k.keepAs)],
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
      kept: left,
      deleted,
      keptAs: kept.map((k) => ({
        sheet: k.sheet,
        as: k.keepAs,
        cells: k.cells.length,
        said: keptSentence(k),
      })),
    };
  } catch (e) {
    return { ok: false, message: officeErrorMessage(e) };
  }
}

/** The cells of a grid answer that hold something: a formula by its formula, a constant by its value. */
function contentOf(a: GridAnswer): CellNow[] {
  const at = new Map<string, CellNow>();
  const put = (pieces: typeof a.values | typeof a.formulas): void =>
    pieces.forEach((piece) =>
      piece.rows.forEach((row, i) =>
        row.forEach((v, j) => {
          const r = piece.range.top + i;
          const c = piece.range.left + j;
          if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
            if (v !== '') at.set(`${r},${c}`, { row: r, col: c, content: v });
        }),
      ),
    );
  put(a.values);
  put(a.formulas);
  return [...at.values()];
}

function shorten(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > 60 ? `${t.slice(0, 57)}…` : t;
}

/** Where the cells are, a few of them ("E5, B151 …"). */
function where(cells: readonly string[]): string {
  return cells.length > 4 ? `${cells.slice(0, 4).join(', ')} …` : cells.join(', ');
}

/** A sheet of ours an older version made, which kept no record of what it wrote: the start of a sentence. */
function olderSheet(sheet: string): UserMessage {
  return {
    id: `Lembar "${sheet}" dibuat oleh versi add-in yang lebih lama, yang belum mencatat apa yang ditulisnya, dan`,
    en: `Sheet "${sheet}" was made by an older version of the add-in, which did not record what it wrote, and`,
  };
}

/**
 * One of our sheets Kembalikan would delete, what it holds and why that matters, said before the choice. A sheet
 * of an older version either differs from what we would write now, or there is nothing to compare it with (the
 * source table is gone).
 */
function typedSentence(
  sheet: string,
  cells: readonly string[],
  example: string,
  older?: 'differs' | 'unknown',
): UserMessage {
  const n = cells.length;
  const o = olderSheet(sheet);
  const list = `${where(cells)}, misalnya: "${example}"`;
  const listEn = `${where(cells)}, for example: "${example}"`;
  if (older === 'differs')
    return {
      id: `${o.id} isinya tidak sama dengan yang ditulis add-in sekarang: ${n} sel (${list}) mungkin ketikan Anda. Bila lembar itu dihapus, isinya hilang.`,
      en: `${o.en} it is not what the add-in writes now: ${n} cells (${listEn}) may be what you typed. If the sheet is deleted, they are lost.`,
    };
  if (older === 'unknown')
    return {
      id: `${o.id} tabel sumbernya tidak ditemukan untuk membandingkan: ${n} sel terisi (${list}) mungkin ketikan Anda. Bila lembar itu dihapus, isinya hilang.`,
      en: `${o.en} its source table is not found to compare with: ${n} filled cells (${listEn}) may be what you typed. If the sheet is deleted, they are lost.`,
    };
  return {
    id: `Lembar "${sheet}" berisi ${n} sel yang Anda ketik sendiri (${where(cells)}), misalnya: "${example}". Bila lembar itu dihapus, ketikan ini hilang.`,
    en: `Sheet "${sheet}" holds ${n} cells you typed yourself (${where(cells)}), for example: "${example}". If the sheet is deleted, this typing is lost.`,
  };
}

/** A sheet Kembalikan kept instead of deleting it, in the summary (the ribbon has no pane to ask in). */
function keptSentence(k: TypedSheet): UserMessage {
  const n = k.cells.length;
  const after = {
    id: `jadi tidak dihapus: disimpan sebagai "${k.keepAs}" (bukan lagi lembar add-in; rumus yang merujuk lembar yang dihapus menampilkan #REF!).`,
    en: `so it was not deleted: it is kept as "${k.keepAs}" (no longer the add-in's; formulas pointing to deleted sheets show #REF!).`,
  };
  const older = olderSheet(k.sheet);
  if (k.older === 'unknown')
    return {
      id: `${older.id} tabel sumbernya tidak ditemukan untuk membandingkan ${n} sel terisinya (mungkin ketikan Anda), ${after.id}`,
      en: `${older.en} its source table is not found to compare its ${n} filled cells with (perhaps your typing), ${after.en}`,
    };
  return k.older
    ? {
        id: `${older.id} ${n} selnya berbeda dari yang ditulis add-in sekarang (mungkin ketikan Anda), ${after.id}`,
        en: `${older.en} ${n} of its cells differ from what the add-in writes now (perhaps your typing), ${after.en}`,
      }
    : {
        id: `Lembar "${k.sheet}" berisi ${n} sel yang Anda ketik, ${after.id}`,
        en: `Sheet "${k.sheet}" holds ${n} cells you typed, ${after.en}`,
      };
}

/** Which of our sheets hold what the user typed, and how much: said before anything is deleted. */
function typedMessage(sheets: readonly TypedSheet[]): UserMessage {
  return {
    id: `${sheets.map((s) => s.said.id).join(' ')} Simpan lembar itu dengan nama baru, atau hapus juga.`,
    en: `${sheets.map((s) => s.said.en).join(' ')} Keep them under a new name, or delete them too.`,
  };
}

/** Kembalikan stopped part-way: the step is still on the stack, and the next click finishes it. */
function partlyRestored(m: UserMessage): UserMessage {
  return {
    id: `${m.id} Kembalikan belum selesai: sebagian sel mungkin sudah dikembalikan, dan perubahan ini masih tercatat. Klik Kembalikan lagi untuk menyelesaikannya.`,
    en: `${m.en} Kembalikan did not finish: some cells may be back already, and this change is still recorded. Click Kembalikan again to finish it.`,
    action: 'restore',
  };
}
