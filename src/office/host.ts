import { WorkbookContext } from '../excel/api';
import { RestoreData } from '../excel/apply';
import { UserMessage } from '../excel/errors';
import { EngineOptions } from '../core/engine';

/** What the add-in needs from Office, given to the ribbon commands and the task pane as a value. */
export interface AddinHost {
  /** Excel.run: one batch context per call. */
  run<T>(fn: (context: WorkbookContext) => Promise<T>): Promise<T>;
  readonly settings: WorkbookSettings;
  readonly lang: 'id' | 'en';
  showMessage(message: UserMessage): Promise<void>;
}

/** Office's document settings: kept inside the workbook, so they travel with the file. */
export interface WorkbookSettings {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  save(): Promise<void>;
}

export const SETTING = {
  restore: 'capaianKinerja.restore',
  options: 'capaianKinerja.options',
} as const;

/** What the user chose in the task pane (column roles, polarity, scale…), reused by the one-click button. */
export type SavedOptions = Pick<EngineOptions, 'roles' | 'settings' | 'sheets'>;

export function savedOptions(settings: WorkbookSettings): SavedOptions {
  const v = settings.get(SETTING.options);
  return v && typeof v === 'object' ? (v as SavedOptions) : {};
}

export function savedRestore(settings: WorkbookSettings): RestoreData | null {
  const v = settings.get(SETTING.restore);
  return v && typeof v === 'object' && (v as RestoreData).version === 1 ? (v as RestoreData) : null;
}
