import { UndoRecord } from '../core/sheets/undo';
import { Lang } from '../core/i18n/format';
import type { UndoOutcome } from './undo';
import { UserMessage } from './errors';

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
      ...o.keptAs.map((k) => k.said.id),
      o.kept.length ? `${o.kept.length} sel yang Anda ubah sesudahnya dibiarkan: ${list(cells)}.` : '',
      o.left ? `Masih ada ${o.left} perubahan sebelumnya yang dapat dikembalikan.` : '',
    ]
      .filter(Boolean)
      .join(' '),
    en: [
      `Undone: ${changeText(o.record, 'en')}.`,
      o.restored ? `${o.restored} cells in ${sheets} as they were.` : '',
      o.deleted.length ? `Sheets deleted: ${o.deleted.join(', ')}.` : '',
      ...o.keptAs.map((k) => k.said.en),
      o.kept.length ? `${o.kept.length} cells you changed since were left as they are: ${list(cells)}.` : '',
      o.left ? `${o.left} earlier changes can still be undone.` : '',
    ]
      .filter(Boolean)
      .join(' '),
  };
}
