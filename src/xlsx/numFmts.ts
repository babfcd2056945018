import { attr, element, tags } from './ooxml';

/**
 * Excel's built-in number formats that read the same in every locale (ECMA-376 18.8.30): a cell format may
 * name one by its id alone. The locale-bound ids (27-36, 50-81) have no one code and read as General.
 */
const BUILT_IN: Readonly<Record<number, string>> = {
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy "h":mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

/**
 * The number format code of each cell format (`cellXfs`, by the index a cell's `s` gives), from the styles
 * part as any writer spells it; undefined for General, an unknown id or a missing format.
 */
export function numberFormats(stylesXml: string | null): (string | undefined)[] {
  if (!stylesXml) return [];
  const custom = new Map<number, string>();
  const numFmts = element(stylesXml, 'numFmts');
  if (numFmts) {
    const body = stylesXml.slice(numFmts.start, numFmts.end);
    for (const { tag } of tags(body, 'numFmt'))
      custom.set(Number(attr(tag, 'numFmtId')), attr(tag, 'formatCode') ?? '');
  }
  const xfs = element(stylesXml, 'cellXfs');
  if (!xfs) return [];
  const body = stylesXml.slice(xfs.start, xfs.end);
  return [...tags(body, 'xf')].map(({ tag }) => {
    const id = parseInt(attr(tag, 'numFmtId') ?? '0', 10);
    if (!id) return undefined;
    return custom.get(id) || BUILT_IN[id];
  });
}
