import { ANGGARAN } from './corpus/anggaran';
import { EXISTING } from './corpus/existing';
import { describeCorpus } from './corpus/harness';
import { IKU } from './corpus/iku';
import { PENDAPATAN } from './corpus/pendapatan';
import { PENGUKURAN } from './corpus/pengukuran';
import { POLARITAS } from './corpus/polaritas';
import { PUSKESMAS } from './corpus/puskesmas';
import { RAGAM } from './corpus/ragam';
import { RENJA } from './corpus/renja';
import { CLASSES, CorpusCase } from './corpus/spec';
import { TRIWULAN } from './corpus/triwulan';

/**
 * Issue 10, section 7: a corpus of workbooks laid out the way offices type them, each with the ground truth a
 * domain expert would give, checked through the public API (contract.md), generated through the CLI and
 * recalculated by LibreOffice.
 */
const CORPUS: readonly CorpusCase[] = [
  ...RENJA,
  ...TRIWULAN,
  ...PENGUKURAN,
  ...POLARITAS,
  ...IKU,
  ...RAGAM,
  ...ANGGARAN,
  ...PENDAPATAN,
  ...PUSKESMAS,
  ...EXISTING,
];

test('the corpus spans every class the issue lists, with unique ids', () => {
  const covered = new Set(CORPUS.flatMap((c) => c.classes));
  expect(CLASSES.filter((k) => !covered.has(k))).toEqual([]);
  expect(new Set(CORPUS.map((c) => c.id)).size).toBe(CORPUS.length);
  expect(CORPUS.length).toBeGreaterThanOrEqual(30);
});

describeCorpus(CORPUS);
