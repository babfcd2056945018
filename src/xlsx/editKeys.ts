import { CellEdit, CellStyle } from '../core/plan/types';

/** The parts of an edit that decide its style, as a key. */
function editKey(edit: CellEdit): string {
  const s = edit.style;
  if (!s) return edit.numberFormat ?? '';
  return [
    edit.numberFormat ?? '',
    s.bold,
    s.italic,
    s.fontSize,
    s.fill,
    s.fontColor,
    s.wrap,
    s.border,
    s.horizontal,
    s.vertical,
    s.indent,
  ].join('|');
}

/**
 * `editKey` for many cells: builders share a style object among thousands of cells, so each (style object,
 * number format) pair is keyed once.
 */
export class EditKeys {
  private readonly known = new Map<CellStyle | undefined, Map<string | undefined, string>>();

  keyOf(edit: CellEdit): string {
    let byFormat = this.known.get(edit.style);
    if (!byFormat) this.known.set(edit.style, (byFormat = new Map<string | undefined, string>()));
    let key = byFormat.get(edit.numberFormat);
    if (key === undefined) {
      key = editKey(edit);
      byFormat.set(edit.numberFormat, key);
    }
    return key;
  }
}
