import type { ReactElement } from 'react';
import { Badge, Button, Field, Input, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { SavedOptions } from '../../core/options';
import { IndicatorChoice } from '../actions';
import { Signatories } from '../../core/sheets/perjanjian';
import { Signatory } from '../../core/sheets/registry';
import { Texts } from '../texts';
import { RuleFields, useRuleForm } from './RuleFields';

const EMPTY: Signatory = { jabatan: '', nama: '', pangkat: '', nip: '' };

export interface SettingsProps {
  readonly options: SavedOptions;
  readonly indicators: readonly IndicatorChoice[];
  readonly texts: Texts;
  readonly onSave: (options: SavedOptions) => void;
  readonly busy: boolean;
  /** The year in the table's title: the Perjanjian Kinerja's year unless the user typed another. */
  readonly tableYear: string | null;
}

/**
 * What the generated sheets need first (dinas, year, signatories), then the predikat scale, cap and threshold,
 * then the polarity of each indicator as a compact table with a filter; Simpan stays in view at the bottom.
 * Saved in the workbook.
 */
export function Settings({
  options,
  indicators,
  texts,
  onSave,
  busy,
  tableYear,
}: SettingsProps): ReactElement {
  const s = options.settings ?? {};
  const [polarity, setPolarity] = useState<Record<string, 'positif' | 'negatif'>>(
    Object.fromEntries(indicators.map((i) => [i.key, s.polarity?.[i.key] ?? i.polarity])),
  );
  const rules = useRuleForm(s);
  const [year, setYear] = useState(options.sheets?.year ?? tableYear ?? '');
  const [filter, setFilter] = useState('');
  const [dinas, setDinas] = useState(options.sheets?.dinas ?? '');
  const [signatories, setSignatories] = useState<Signatories>({
    pertama: options.sheets?.signatories?.pertama ?? EMPTY,
    kedua: options.sheets?.signatories?.kedua ?? EMPTY,
  });
  const setField = (party: keyof Signatories, field: keyof Signatory, value: string): void =>
    setSignatories({ ...signatories, [party]: { ...signatories[party], [field]: value } });
  const named = (s: Signatory): boolean => Object.values(s).some((v) => v.trim() !== '');

  const save = (): void => {
    onSave({
      ...options,
      settings: {
        ...s,
        polarity,
        ...rules.settings(),
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

  const shown = indicators.filter((i) => i.indikator.toLowerCase().includes(filter.trim().toLowerCase()));
  return (
    <div style={{ display: 'grid', gap: 8 }}>
      <Field label={texts.dinas}>
        <Input value={dinas} onChange={(_, d) => setDinas(d.value)} />
      </Field>
      <Field
        label={texts.year}
        hint={tableYear && year === tableYear ? texts.yearHint(tableYear) : undefined}
      >
        <Input value={year} inputMode="numeric" onChange={(_, d) => setYear(d.value)} />
      </Field>
      {(['pertama', 'kedua'] as const).map((party) => (
        <fieldset key={party} style={{ border: 'none', padding: 0, margin: 0, display: 'grid', gap: 4 }}>
          <legend>
            <strong>{party === 'pertama' ? texts.pihakPertama : texts.pihakKedua}</strong>
          </legend>
          {(['jabatan', 'nama', 'pangkat', 'nip'] as const).map((field) => (
            <Field key={field} label={texts.signatoryField[field]}>
              <Input value={signatories[party][field]} onChange={(_, d) => setField(party, field, d.value)} />
            </Field>
          ))}
        </fieldset>
      ))}
      <RuleFields texts={texts} {...rules.fields} />
      {indicators.length > 0 && (
        <fieldset style={{ border: 'none', padding: 0, margin: 0, display: 'grid', gap: 4 }}>
          <legend>
            <strong>{texts.polarity}</strong>
          </legend>
          <Text size={200}>{texts.polarityLegend}</Text>
          <Field label={texts.filter}>
            <Input type="search" value={filter} onChange={(_, d) => setFilter(d.value)} />
          </Field>
          <table style={{ width: '100%', borderCollapse: 'collapse', tableLayout: 'fixed' }}>
            <thead>
              <tr>
                <th style={{ textAlign: 'left' }}>{texts.indicator}</th>
                <th style={{ width: 72 }}>{texts.negativeShort}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((i) => (
                <tr key={i.key} style={{ borderTop: `1px solid ${tokens.colorNeutralStroke2}` }}>
                  <td style={{ overflowWrap: 'anywhere', padding: '2px 0' }}>
                    {i.indikator} {i.suggested && <Badge appearance="tint">{texts.suggested}</Badge>}
                  </td>
                  <td style={{ textAlign: 'center' }}>
                    {/* A native checkbox: Fluent's adds 4.5 KB gzip to the pane; the theme's brand colour still marks it. */}
                    <input
                      type="checkbox"
                      aria-label={`${texts.negativeShort}: ${i.indikator}`}
                      checked={polarity[i.key] === 'negatif'}
                      onChange={(e) =>
                        setPolarity({ ...polarity, [i.key]: e.target.checked ? 'negatif' : 'positif' })
                      }
                      style={{ accentColor: tokens.colorCompoundBrandBackground, width: 16, height: 16 }}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </fieldset>
      )}
      <div
        style={{
          position: 'sticky',
          bottom: 0,
          padding: '8px 0',
          background: tokens.colorNeutralBackground1,
          borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
        }}
      >
        <Button onClick={save} disabled={busy}>
          {texts.save}
        </Button>
      </div>
    </div>
  );
}
