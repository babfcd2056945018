import type { ReactElement } from 'react';
import { Field, Select } from '@fluentui/react-components';
import { SavedOptions } from '../../core/options';

/** Its own words, kept here while the pane's texts are reworked (issue 14). */
const WORDS = {
  id: {
    label: 'Bandingkan dengan tahun lalu',
    none: '— tidak dibandingkan —',
    hint: 'Lembar berisi tabel tahun lalu: Buat Tabel Capaian lalu membuat lembar Perbandingan dengannya.',
  },
  en: {
    label: 'Compare with last year',
    none: '— no comparison —',
    hint: "The sheet with last year's table: Buat Tabel Capaian then makes a Perbandingan sheet with it.",
  },
} as const;

export interface BandingkanProps {
  readonly lang: 'id' | 'en';
  /** The user's other sheets. */
  readonly sheets: readonly string[];
  readonly chosen: string | undefined;
  readonly busy: boolean;
  readonly onChoose: (sheet: string | null) => void;
}

/** "Bandingkan dengan tahun lalu": picks the sheet of the open workbook that holds last year's table. */
export function Bandingkan({ lang, sheets, chosen, busy, onChoose }: BandingkanProps): ReactElement {
  const w = WORDS[lang];
  return (
    <Field label={w.label} hint={w.hint}>
      <Select
        value={chosen ?? ''}
        disabled={busy}
        onChange={(_, d) => onChoose(d.value === '' ? null : d.value)}
      >
        <option value="">{w.none}</option>
        {sheets.map((s) => (
          <option key={s} value={s}>
            {s}
          </option>
        ))}
      </Select>
    </Field>
  );
}

/** The saved options with last year's sheet set, or taken away. */
export function withCompare(options: SavedOptions, sheet: string | null): SavedOptions {
  const sheets = {
    ...options.sheets,
    compare: sheet === null ? undefined : ({ kind: 'sheet', sheet } as const),
  };
  if (sheet === null) delete sheets.compare;
  return { ...options, sheets };
}
