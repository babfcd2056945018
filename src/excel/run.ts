import { EngineOptions, generateWorkbook, GenerateResult } from '../core/engine';
import { findingMessage } from '../core/i18n/messages';
import { isMeasuring } from '../core/table/model';
import { WorkbookContext } from './api';
import { applyPlan, ApplyStats, restoreDataFor, RestoreData } from './apply';
import { officeErrorMessage, UserMessage } from './errors';
import { readWorkbook } from './read';

export type RunOutcome =
  | {
      readonly ok: true;
      readonly result: GenerateResult;
      readonly restore: RestoreData;
      readonly readSyncs: number;
      readonly write: ApplyStats;
    }
  /** When the write had begun, `restore` puts back whatever part of it reached the sheet. */
  | { readonly ok: false; readonly message: UserMessage; readonly restore?: RestoreData };

export type RunStep = 'read' | 'plan' | 'write' | 'done';

export interface RunOptions extends EngineOptions {
  readonly maxRequestBytes?: number;
  /** Called after the read and before the write, for a progress display. */
  readonly onProgress?: (step: RunStep) => void;
}

/**
 * "Buat Tabel Capaian": read the workbook, plan on the active sheet's table, write the plan, and end on
 * the Pengukuran Kinerja sheet. Problems come back as a message; nothing here throws for the user.
 */
export async function buatTabelCapaian(
  context: WorkbookContext,
  options: RunOptions = {},
): Promise<RunOutcome> {
  let restore: RestoreData | undefined;
  try {
    options.onProgress?.('read');
    const before = { syncs: 0 };
    const counting: WorkbookContext = {
      ...context,
      sync: async () => {
        before.syncs++;
        await context.sync();
      },
    };
    const read = await readWorkbook(counting);
    options.onProgress?.('plan');
    const result = generateWorkbook(read.sheets, {
      ...options,
      focusSheet: options.focusSheet ?? read.active,
    });
    const noTable = result.findings.find((f) => f.rule === 'no-table');
    const measuring = result.tables.some((t) => t.table.sheet === read.active && isMeasuring(t.table.layout));
    if (!noTable && !measuring) {
      return {
        ok: false,
        message: {
          id: `Lembar "${read.active}" berisi daftar target (IKU/anggaran) tanpa realisasi, jadi capaian tidak dapat dihitung di sini. Buka lembar tabel realisasi, lalu klik Buat Tabel Capaian lagi.`,
          en: `Sheet "${read.active}" holds a list of targets (IKU/budget) without realisation, so there is no capaian to compute here. Open the realisation table's sheet, then click Buat Tabel Capaian again.`,
        },
      };
    }
    if (noTable) {
      return {
        ok: false,
        message: {
          id: `${findingMessage(noTable, 'id')} Pilih lembar berisi tabel realisasi (lembar "${read.active}" tidak berisi tabel yang dikenali).`,
          en: `${findingMessage(noTable, 'en')} Open the sheet with the realisation table (sheet "${read.active}" holds none we recognise).`,
        },
      };
    }
    restore = restoreDataFor(result.plan, read.sheets);
    options.onProgress?.('write');
    const target = result.generated.pengukuran;
    const write = await applyPlan(
      context,
      result.plan,
      read.sheets.map((s) => s.name),
      { maxRequestBytes: options.maxRequestBytes, activate: target },
    );
    options.onProgress?.('done');
    return { ok: true, result, restore, readSyncs: before.syncs, write };
  } catch (e) {
    const message = officeErrorMessage(e);
    if (!restore) return { ok: false, message };
    return {
      ok: false,
      restore,
      message: {
        id: `${message.id} Sebagian perubahan mungkin sudah tertulis: klik Kembalikan untuk memulihkan lembar.`,
        en: `${message.en} Part of the change may have been written: click Kembalikan to restore the sheet.`,
      },
    };
  }
}
