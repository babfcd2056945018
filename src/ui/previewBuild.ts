import { EngineOptions } from '../core/engine';
import { generateWorkbook } from '../core/generate';
import { SheetSnapshot } from '../core/sheet/snapshot';
import { BuildPreview, previewOf } from './preview';

/** What Buat Tabel Capaian would change, planned (not written) from the sheets as read. */
export function previewBuild(
  sheets: readonly SheetSnapshot[],
  options: EngineOptions,
  existing: readonly string[],
): BuildPreview | null {
  return previewOf(generateWorkbook(sheets, options), existing);
}
