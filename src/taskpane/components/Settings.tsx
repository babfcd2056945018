import type { ReactElement } from 'react';
import { Badge, Button, Field, Input, Select, Switch } from '@fluentui/react-components';
import { useState } from 'react';
import { SCALES } from '../../core/capaian/settings';
import { SavedOptions } from '../../core/options';
import { IndicatorChoice } from '../actions';
import { Signatories } from '../../core/sheets/perjanjian';
import { Signatory } from '../../core/sheets/registry';
import { Texts } from '../texts';

const EMPTY: Signatory = { jabatan: '', nama: '', pangkat: '', nip: '' };

export interface SettingsProps {
  readonly options: SavedOptions;
  readonly indicators: readonly IndicatorChoice[];
  readonly texts: Texts;
  readonly onSave: (options: SavedOptions) => void;
  readonly busy: boolean;
}

/** Polarity per indicator, predikat scale, cap, highlight threshold, year and dinas: saved in the workbook. */
export function Settings({ options, indicators, texts, onSave, busy }: SettingsProps): ReactElement {
  const s = options.settings ?? {};
  const [polarity, setPolarity] = useState<Record<string, 'positif' | 'negatif'>>(
    Object.fromEntries(indicators.map((i) => [i.key, s.polarity?.[i.key] ?? i.polarity])),
  );
  const [scale, setScale] = useState(s.scale?.id ?? SCALES[0]!.id);
  const [cap, setCap] = useState(s.cap == null ? '' : String(Math.round(s.cap * 100)));
  const [threshold, setThreshold] = useState(String(Math.round((s.threshold ?? 1) * 100)));
  const [year, setYear] = useState(options.sheets?.year ?? '');
  const [dinas, setDinas] = useState(options.sheets?.dinas ?? '');
  const [signatories, setSignatories] = useState<Signatories>({
    pertama: options.sheets?.signatories?.pertama ?? EMPTY,
    kedua: options.sheets?.signatories?.kedua ?? EMPTY,
  });
  const setField = (party: keyof Signatories, field: keyof Signatory, value: string): void =>
    setSignatories({ ...signatories, [party]: { ...signatories[party], [field]: value } });
  const named = (s: Signatory): boolean => Object.values(s).some((v) => v.trim() !== '');

  const save = (): void => {
    const t = Number(threshold.replace(',', '.'));
    onSave({
      ...options,
      settings: {
        ...s,
        polarity,
        scale: SCALES.find((x) => x.id === scale),
        cap: cap === '' ? null : Number(cap) / 100,
        threshold: Number.isFinite(t) && t > 0 ? t / 100 : 1,
      },
      sheets: {
        ...options.sheets,
        ...(year ? { year } : {}),
        ...(dinas ? { dinas } : {}),
        signatories: {
          ...(named(signatories.pertama) ? { pertama: signatories.pertama } : {}),
          ...(named(signatories.kedua) ? { kedua: signatories.kedua } : {}),
        },
      },
    });
  };

  return (
    <div style={{ display: 'grid', gap: 8 }}>
      <fieldset style={{ border: 'none', padding: 0, margin: 0 }}>
        <legend>{texts.polarity}</legend>
        {indicators.map((i) => (
          <div key={i.key}>
            <Switch
              label={i.indikator}
              checked={polarity[i.key] === 'negatif'}
              onChange={(_, d) => setPolarity({ ...polarity, [i.key]: d.checked ? 'negatif' : 'positif' })}
              aria-description={texts.negative}
            />
            {i.suggested && <Badge appearance="tint">{texts.suggested}</Badge>}
          </div>
        ))}
      </fieldset>
      <Field label={texts.scale}>
        <Select value={scale} onChange={(_, d) => setScale(d.value)}>
          {SCALES.map((x) => (
            <option key={x.id} value={x.id}>
              {x.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={texts.cap}>
        <Select value={cap} onChange={(_, d) => setCap(d.value)}>
          <option value="">{texts.noCap}</option>
          <option value="100">100%</option>
          <option value="120">120%</option>
        </Select>
      </Field>
      <Field label={texts.threshold}>
        <Input value={threshold} inputMode="decimal" onChange={(_, d) => setThreshold(d.value)} />
      </Field>
      <Field label={texts.year}>
        <Input value={year} inputMode="numeric" onChange={(_, d) => setYear(d.value)} />
      </Field>
      <Field label={texts.dinas}>
        <Input value={dinas} onChange={(_, d) => setDinas(d.value)} />
      </Field>
      {(['pertama', 'kedua'] as const).map((party) => (
        <fieldset key={party} style={{ border: 'none', padding: 0, margin: 0, display: 'grid', gap: 4 }}>
          <legend>{party === 'pertama' ? texts.pihakPertama : texts.pihakKedua}</legend>
          {(['jabatan', 'nama', 'pangkat', 'nip'] as const).map((field) => (
            <Field key={field} label={texts.signatoryField[field]}>
              <Input value={signatories[party][field]} onChange={(_, d) => setField(party, field, d.value)} />
            </Field>
          ))}
        </fieldset>
      ))}
      <Button onClick={save} disabled={busy}>
        {texts.save}
      </Button>
    </div>
  );
}
