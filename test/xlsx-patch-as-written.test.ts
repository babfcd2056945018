import { patchSheet } from '../src/xlsx/sheetPatch';
import { StyleBook } from '../src/xlsx/styles';
import { cellEdit } from '../src/core/plan/types';

/**
 * What the patcher copies of the office's XML stays as written: a '$' in an office's formula (an absolute
 * reference, or "$$" and "$&" in a text) is never taken as a replacement pattern. When we write over the lead
 * cell of an office's shared formula, its other cells lose their source: each gets its own formula, as the
 * reader computed it.
 */
const STYLES =
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cellXfs count="1"><xf numFmtId="0"/></cellXfs></styleSheet>';

function sheet(p: string): string {
  return (
    `<${p}worksheet xmlns${p ? ':x' : ''}="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><${p}sheetData>` +
    `<${p}row r="1"><${p}c r="A1"><${p}v>2</${p}v></${p}c><${p}c r="B1"><${p}f t="shared" ref="B1:B3" si="0">A1*$A$1&amp;"$$"</${p}f><${p}v>4</${p}v></${p}c></${p}row>` +
    `<${p}row r="2"><${p}c r="A2"><${p}v>3</${p}v></${p}c><${p}c r="B2"><${p}f t="shared" si="0"/><${p}v>6</${p}v></${p}c></${p}row>` +
    `<${p}row r="3"><${p}c r="A3"><${p}v>5</${p}v></${p}c><${p}c r="B3"><${p}f t="shared" si="0"/><${p}v>10</${p}v></${p}c><${p}c r="C3"><${p}f t="shared" ref="C3:C4" si="1">A3</${p}f></${p}c></${p}row>` +
    `<${p}row r="4"><${p}c r="C4"><${p}f t="shared" si="1"/></${p}c></${p}row>` +
    `</${p}sheetData></${p}worksheet>`
  );
}

const text = (chunks: Iterable<Uint8Array>): string =>
  [...chunks].map((c) => new TextDecoder().decode(c)).join('');

describe.each(['', 'x:'])('shared formulas spelled out (prefix "%s")', (p) => {
  const formulaAt = (row: number, col: number): string | null => (col === 1 ? `A${row + 1}*$A$1&"$$"` : null);
  const plan = { sheet: 'S', cells: [cellEdit(0, 1, { kind: 'formula', formula: '=A1*10' })] };
  const out = text(patchSheet(sheet(p), plan, new StyleBook(STYLES), [], formulaAt));

  it('gives the lead cell our formula and its group its own, with every "$" as written', () => {
    expect(out).toContain(`<${p}c r="B1"><${p}f>A1*10</${p}f></${p}c>`);
    expect(out).toContain(`<${p}c r="B2"><${p}f>A2*$A$1&amp;"$$"</${p}f><${p}v>6</${p}v></${p}c>`);
    expect(out).toContain(`<${p}c r="B3"><${p}f>A3*$A$1&amp;"$$"</${p}f><${p}v>10</${p}v></${p}c>`);
  });

  it("leaves the office's other shared formulas as they are", () => {
    expect(out).toContain(`<${p}c r="C3"><${p}f t="shared" ref="C3:C4" si="1">A3</${p}f></${p}c>`);
    expect(out).toContain(`<${p}row r="4"><${p}c r="C4"><${p}f t="shared" si="1"/></${p}c></${p}row>`);
  });
});

describe("our earlier highlight rule taken out of a block it shares with the office's", () => {
  const xml =
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/>' +
    '<conditionalFormatting sqref="F2:F9">' +
    '<cfRule type="expression" dxfId="0" priority="1"><formula>AND(ISNUMBER(F2),F2&lt;1)</formula></cfRule>' +
    '<cfRule type="expression" dxfId="1" priority="2"><formula>$A2="$$"</formula></cfRule>' +
    '</conditionalFormatting></worksheet>';
  const removed = [
    { sheet: 'S', range: 'F2:F9', kind: 'expression' as const, formula: 'AND(ISNUMBER(F2),F2<1)' },
  ];
  const out = text(patchSheet(xml, { sheet: 'S', cells: [] }, new StyleBook(STYLES), removed, () => null));

  it("keeps the office's rule as written, its '$$' included", () => {
    expect(out).toContain(
      '<conditionalFormatting sqref="F2:F9"><cfRule type="expression" dxfId="1" priority="2"><formula>$A2="$$"</formula></cfRule></conditionalFormatting>',
    );
    expect(out).not.toContain('ISNUMBER(F2)');
  });
});
