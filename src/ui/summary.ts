import type { GenerateResult } from '../core/generate';
import { predikatOf } from '../core/capaian/settings';
import { rangeA1 } from '../core/sheet/address';
import { isMeasuring } from '../core/table/model';
import { BuildPreview, previewOf } from './preview';

/** One predikat band of the summary: its place in the scale (0 is the highest) and how many indicators. */
export interface BandCount {
  readonly label: string;
  readonly band: number;
  readonly count: number;
}

/** An indicator below the threshold, with the row to select. */
export interface BelowTarget {
  readonly indikator: string;
  readonly capaian: number;
  readonly sheet: string;
  /** The indicator's row across the table ("A18:K18"). */
  readonly range: string;
}

export interface GenerateSummary {
  readonly predikat: readonly BandCount[];
  /** Indicators with no capaian, hence no predikat, by why. */
  readonly unrated: { readonly noTarget: number; readonly noRealisasi: number; readonly other: number };
  readonly penyerapan: number | null;
  readonly belowTarget: readonly BelowTarget[];
  readonly threshold: number;
  readonly sheets: readonly string[];
  /** The Pengukuran Kinerja sheet, which the summary opens first. */
  readonly pengukuran: string | null;
  /** What the run changed in the office's sheet. */
  readonly changed: BuildPreview | null;
}

export function summaryOf(
  result: GenerateResult,
  lang: 'id' | 'en',
  existing: readonly string[],
): GenerateSummary {
  const scale = result.settings.scale;
  const threshold = result.settings.threshold;
  const counts = scale.bands.map((b, band) => ({
    label: lang === 'en' ? b.labelEn : b.label,
    band,
    count: 0,
  }));
  const unrated = { noTarget: 0, noRealisasi: 0, other: 0 };
  const below: BelowTarget[] = [];
  let pagu = 0;
  let real = 0;
  // The realisasi tables only: an IKU or Rencana Kinerja list beside them has targets and no realisasi.
  for (const t of result.tables.filter((x) => isMeasuring(x.table.layout))) {
    const { left, right } = { left: t.table.columns[0]?.col ?? 0, right: t.table.columns.at(-1)?.col ?? 0 };
    // Rows with no indicator named (a program's budget line) are not indicators: counted as the table's are.
    for (const i of t.analysis.indicators.filter((x) => x.indikator !== '')) {
      if (i.capaian === null) {
        if (i.target.kind !== 'number') unrated.noTarget++;
        else if (i.realisasi.kind !== 'number') unrated.noRealisasi++;
        else unrated.other++;
        continue;
      }
      const band = predikatOf(i.capaian, scale);
      counts[scale.bands.indexOf(band)]!.count++;
      if (i.capaian < threshold)
        below.push({
          indikator: i.indikator,
          capaian: i.capaian,
          sheet: t.table.sheet,
          range: rangeA1(i.row, left, i.row, right),
        });
    }
    pagu += t.analysis.grandPagu ?? 0;
    real += t.analysis.grandRealisasiRp ?? 0;
  }
  return {
    predikat: counts,
    unrated,
    penyerapan: pagu > 0 ? real / pagu : null,
    belowTarget: below,
    threshold,
    sheets: Object.values(result.generated),
    pengukuran: result.generated.pengukuran ?? null,
    changed: previewOf(result, existing),
  };
}
