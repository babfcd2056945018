import { checkWorkbook } from '../core/engine';
import { polarityKey, suggestedPolarityOfKey } from '../core/capaian/polarity';
import { REGISTRY_SHEET } from '../core/sheets/registry';
import { Json } from '../core/sheets/state';
import { UndoStack } from '../core/sheets/undo';
import { UserMessage } from '../excel/errors';
import { optionsFor } from '../excel/preflight';
import { readWorkbook } from '../excel/read';
import { changeText, undoSummary } from '../excel/undoText';
import { AddinHost } from '../office/host';
import { ActionFailed, IndicatorChoice, ScanResult, selectionIn, TaskpaneActions, UndoInfo } from './actions';
import { summaryOf } from '../ui/summary';
import { cellsOf, FIXABLE } from '../ui/fixes';
import { isMeasuring } from '../core/table/model';
import { findingMessage } from '../core/i18n/messages';
import { EngineOptions } from '../core/engine';
import { SheetSnapshot } from '../core/sheet/snapshot';
import { dinasOf } from '../core/sheets/dinas';

/**
 * Why the sheet in focus has no table to build from, in the pane's words: what was seen only. What to do is
 * said once, beside its button (Tandai tabel, or a link to the sheet with the table).
 */
function noTableHere(
  sheet: string,
  result: ReturnType<typeof checkWorkbook>,
  generated: boolean,
): UserMessage {
  if (generated)
    return {
      id: `Lembar "${sheet}" dibuat oleh Capaian Kinerja dari tabel realisasi Anda.`,
      en: `Sheet "${sheet}" was made by Capaian Kinerja from your realisation table.`,
    };
  const noTable = result.findings.find((f) => f.rule === 'no-table');
  if (noTable) return { id: findingMessage(noTable, 'id'), en: findingMessage(noTable, 'en') };
  if (result.tables.some((t) => t.table.sheet === sheet))
    return {
      id: `Lembar "${sheet}" berisi daftar target (IKU/anggaran) tanpa realisasi, jadi capaian tidak dapat dihitung di sini.`,
      en: `Sheet "${sheet}" holds a list of targets (IKU/budget) without realisation, so there is no capaian to compute here.`,
    };
  return {
    id: `Lembar "${sheet}" tidak berisi tabel realisasi.`,
    en: `Sheet "${sheet}" holds no realisation table.`,
  };
}

/** The user's sheets that hold a realisation table, for a link from a sheet without one. */
function tableSheets(sheets: readonly SheetSnapshot[], options: EngineOptions): string[] {
  const all = checkWorkbook(sheets, { ...options, focusSheet: undefined });
  return [...new Set(all.tables.filter((t) => isMeasuring(t.table.layout)).map((t) => t.table.sheet))];
}

/** What Kembalikan would undo now, from the undo stack kept in the workbook. */
function undoInfo(stack: UndoStack): UndoInfo | null {
  const last = stack.at(-1);
  if (!last) return null;
  return {
    what: { id: changeText(last, 'id'), en: changeText(last, 'en') },
    // Kembalikan keeps the hidden registry (the settings live there): not a sheet to name.
    created: last.created.filter((n) => n !== REGISTRY_SHEET),
    steps: stack.length,
  };
}

/** The writing half of the engine (writes.ts), loaded when first needed; a failed load is tried again next time. */
const writes = (): Promise<typeof import('./writes')> =>
  import(/* webpackChunkName: "taskpane-writes" */ './writes');

/** The pane's actions on the workbook Office.js opened, each through the Excel adapter. */
export function officeActions(host: AddinHost): TaskpaneActions {
  const given = { sheets: { lang: host.lang } };
  /** The last read, for the preview of what Buat Tabel Capaian will change. */
  let last: { sheets: readonly SheetSnapshot[]; options: EngineOptions; names: readonly string[] } | null =
    null;
  /** The sheets where the last read found an IKU or budget list: read again on a sheet switch. */
  let lists: string[] | null = null;
  return {
    scan: ({ switched = false } = {}) =>
      host.run(async function scan(ctx, partial = switched && lists !== null): Promise<ScanResult> {
        const read = await readWorkbook(ctx, {
          lang: host.lang,
          engine: given,
          tables: true,
          ...(partial && lists ? { others: lists } : {}),
        });
        const options = optionsFor(read, given);
        const result = checkWorkbook(read.sheets, options);
        // The IKU and budget lists, wherever the user is: the engine reads them from any sheet.
        lists = [
          ...new Set(
            result.tables
              .filter((x) => x.table.layout === 'rencana-kinerja' || x.table.layout === 'daftar-anggaran')
              .map((x) => x.table.sheet),
          ),
        ];
        last = { sheets: read.sheets, options, names: read.names };
        // Fetched while the user reads the findings: the first click then waits for nothing.
        writes().catch(() => undefined);
        const kept = { undo: undoInfo(read.state.undo), pending: read.state.message };
        const t = result.tables.find(
          (x) => x.table.sheet === read.focus && x.table.layout !== 'rencana-kinerja',
        );
        if (!t) {
          // Its links to the sheets that have a table need every sheet read.
          if (partial) return scan(ctx, false);
          return {
            kind: 'noTable',
            sheet: read.focus,
            options: read.saved,
            message: noTableHere(read.focus, result, read.generated.includes(read.focus)),
            tableSheets: tableSheets(read.sheets, options).filter((n) => n !== read.focus),
            ...kept,
          };
        }
        const seen = new Set<string>();
        const indicators: IndicatorChoice[] = [];
        for (const i of t.analysis.indicators) {
          const key = polarityKey(i.indikator);
          if (!i.indikator || seen.has(key)) continue;
          seen.add(key);
          indicators.push({
            key,
            indikator: i.indikator,
            polarity: i.polarity,
            suggested: suggestedPolarityOfKey(key) === 'negatif',
          });
        }
        return {
          kind: 'table',
          sheet: t.report.sheet,
          range: t.report.range,
          year: t.table.year === null ? null : String(t.table.year),
          dinas: dinasOf(t.table.titles),
          layout: t.report.layout,
          counts: t.report.counts,
          columns: t.report.columns.map((c) => ({
            letter: c.letter,
            header: c.header,
            role: c.role,
            kind: c.kind,
            reason: host.lang === 'en' ? c.reasonEn : c.reason,
          })),
          findings: result.findings,
          indicators,
          options: read.saved,
          otherSheets: read.names.filter(
            (n) => n !== t.report.sheet && !read.generated.includes(n) && n !== REGISTRY_SHEET,
          ),
          ...kept,
        };
      }),
    async generate(onProgress) {
      // The steps come from the run itself: read, plan, write, done.
      const { buatTabelCapaian } = await writes();
      const outcome = await host.run((ctx) => buatTabelCapaian(ctx, { ...given, onProgress }));
      return outcome.ok
        ? {
            ok: true,
            summary: summaryOf(outcome.result, host.lang, last?.names ?? []),
            undo: undoInfo(outcome.state.undo),
          }
        : { ok: false, message: outcome.message };
    },
    async preview() {
      const seen = last;
      if (!seen) return null;
      const { previewBuild } = await writes();
      return previewBuild(seen.sheets, seen.options, seen.names);
    },
    async fix(findings) {
      const cells = new Set(
        findings.filter((f) => FIXABLE.has(f.rule)).flatMap((f) => cellsOf(f).map((c) => `${f.sheet}!${c}`)),
      );
      const { applyFixes } = await writes();
      const r = await host.run((ctx) => applyFixes(ctx, cells, given));
      if (!r.ok) throw new ActionFailed(r.message);
      return r.fixed;
    },
    selection: () =>
      host.run(async (ctx) => {
        const range = ctx.workbook.getSelectedRange();
        range.load('address');
        // Whole rows or columns (the user clicked their headers) are cut to what the sheet uses.
        const used = ctx.workbook.worksheets.getActiveWorksheet().getUsedRangeOrNullObject(true);
        used.load('address');
        await ctx.sync();
        return selectionIn(range.address, used.isNullObject ? null : used.address);
      }),
    async selectCell(sheet, cell) {
      await host.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem(sheet);
        ws.activate();
        ws.getRange(cell).select();
        await ctx.sync();
      });
    },
    async saveOptions(o) {
      const { updateState } = await writes();
      const r = await host.run((ctx) =>
        updateState(ctx, (s) => ({ ...s, options: o as { [key: string]: Json } })),
      );
      if (!r.ok) throw new ActionFailed(r.message);
    },
    async restore(typed) {
      const { kembalikan } = await writes();
      const r = await host.run((ctx) => kembalikan(ctx, host.lang, typed ?? 'ask'));
      if (!r.ok && r.ask) return { ask: r.ask };
      if (!r.ok) throw new ActionFailed(r.message);
      return undoSummary(r);
    },
    async openSheet(name) {
      await host.run(async (ctx) => {
        ctx.workbook.worksheets.getItem(name).activate();
        await ctx.sync();
      });
    },
    async watch(onChange) {
      const registered = await host.run(async (ctx) => {
        const event = ctx.workbook.worksheets.onActivated;
        if (!ctx.supports(7) || !event) return false;
        event.add(async () => onChange());
        await ctx.sync();
        return true;
      });
      if (!registered) window.addEventListener('focus', onChange);
    },
    async dismissPending() {
      const { updateState } = await writes();
      const r = await host.run((ctx) => updateState(ctx, (s) => ({ ...s, message: null })));
      if (!r.ok) throw new ActionFailed(r.message);
    },
  };
}
