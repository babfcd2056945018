import type { ReactElement } from 'react';
import { Badge, Button, Field, Input, Select, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { NegativeMethod, Polarity } from '../core/capaian/settings';
import { SavedOptions } from '../core/options';
import { defaultSignatories, Signatories } from '../core/sheets/dinas';
import { Signatory } from '../core/sheets/registry';
import { RuleFields, useRuleForm } from './RuleFields';
import { SETTINGS_TEXTS } from './settingsTexts';

const EMPTY: Signatory = { jabatan: '', nama: '', pangkat: '', nip: '' };
const PARTIES = ['pertama', 'kedua'] as const;
const FIELDS = ['jabatan', 'nama', 'pangkat', 'nip'] as const;
/** Rows of the polarity table drawn at once: a 20,000-row table has as many indicators; the filter finds the rest. */
const SHOWN = 100;

export interface SettingsIndicator {
  readonly key: string;
  readonly indikator: string;
  readonly polarity: Polarity;
  /** Negatif by the list of known negative indicators (a suggestion the user may overrule). */
  readonly suggested: boolean;
}

export interface SettingsProps {
  readonly options: SavedOptions;
  readonly indicators: readonly SettingsIndicator[];
  readonly lang: 'id' | 'en';
  readonly busy: boolean;
  /** The year and the dinas the table's title names: what the sheets print unless the user types another. */
  readonly tableYear: string | null;
  readonly tableDinas: string | null;
  /** The workbook's other sheets, one of which may hold last year's table. */
  readonly otherSheets: readonly string[];
  readonly onSave: (options: SavedOptions) => void;
}

/**
 * The settings of the task pane and the web page, one form: what the generated sheets print first (dinas, year,
 * signatories, each shown as the sheets would print it), then the rules (scale, cap, threshold, the negative
 * formula), last year's sheet, and the polarity of each indicator as a compact table with a filter. Everything
 * is kept by one button, Simpan, which stays in view.
 */
export function Settings(p: SettingsProps): ReactElement {
  const t = SETTINGS_TEXTS[p.lang];
  const { options } = p;
  const s = options.settings ?? {};
  const [polarity, setPolarity] = useState<Record<string, Polarity>>(
    Object.fromEntries(p.indicators.map((i) => [i.key, s.polarity?.[i.key] ?? i.polarity])),
  );
  const rules = useRuleForm(s);
  const [method, setMethod] = useState<NegativeMethod | ''>(s.negativeMethod ?? '');
  const [year, setYear] = useState(options.sheets?.year ?? p.tableYear ?? '');
  const [dinas, setDinas] = useState(options.sheets?.dinas ?? p.tableDinas ?? '');
  const saved = options.sheets?.compare;
  const [compare, setCompare] = useState(saved?.kind === 'sheet' ? saved.sheet : '');
  const [filter, setFilter] = useState('');
  const [people, setPeople] = useState<Signatories>({
    pertama: options.sheets?.signatories?.pertama ?? EMPTY,
    kedua: options.sheets?.signatories?.kedua ?? EMPTY,
  });
  // What the Perjanjian Kinerja prints for a field left empty, from the dinas as typed now.
  const examples = defaultSignatories(dinas);
  const named = (x: Signatory): boolean => Object.values(x).some((v) => v.trim() !== '');

  const save = (): void => {
    const sheets = {
      ...options.sheets,
      ...(year ? { year } : {}),
      ...(dinas ? { dinas } : {}),
      signatories: Object.fromEntries(PARTIES.filter((x) => named(people[x])).map((x) => [x, people[x]])),
      compare: compare ? ({ kind: 'sheet', sheet: compare } as const) : undefined,
    };
    if (!compare) delete sheets.compare;
    p.onSave({
      ...options,
      settings: { ...s, polarity, ...rules.settings(), ...(method ? { negativeMethod: method } : {}) },
      sheets,
    });
  };

  const shown = p.indicators.filter((i) => i.indikator.toLowerCase().includes(filter.trim().toLowerCase()));
  const group = { border: 'none', padding: 0, margin: 0, display: 'grid', gap: 4 } as const;
  return (
    <form
      className="settings"
      style={{ display: 'grid', gap: 8 }}
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <Field
        label={t.dinas}
        hint={p.tableDinas && dinas === p.tableDinas ? t.fromTitle(p.tableDinas) : undefined}
      >
        <Input value={dinas} onChange={(_, d) => setDinas(d.value)} />
      </Field>
      <Field label={t.year} hint={p.tableYear && year === p.tableYear ? t.fromTitle(p.tableYear) : undefined}>
        <Input value={year} inputMode="numeric" onChange={(_, d) => setYear(d.value)} />
      </Field>
      {PARTIES.map((party) => (
        <fieldset key={party} style={group}>
          <legend>
            <strong>{party === 'pertama' ? t.pihakPertama : t.pihakKedua}</strong>
          </legend>
          {FIELDS.map((field) => (
            <Field key={field} label={t.signatoryField[field]}>
              <Input
                value={people[party][field]}
                placeholder={examples[party][field]}
                onChange={(_, d) => setPeople({ ...people, [party]: { ...people[party], [field]: d.value } })}
              />
            </Field>
          ))}
        </fieldset>
      ))}
      <Text size={200}>{t.signatoryHint}</Text>
      <RuleFields texts={t} {...rules.fields} />
      <Field label={t.method}>
        <Select value={method} onChange={(_, d) => setMethod(d.value as NegativeMethod | '')}>
          <option value="">{t.methods.auto}</option>
          <option value="selisih">{t.methods.selisih}</option>
          <option value="kebalikan">{t.methods.kebalikan}</option>
        </Select>
      </Field>
      {p.otherSheets.length > 0 && (
        <Field label={t.compare} hint={t.compareHint}>
          <Select value={compare} onChange={(_, d) => setCompare(d.value)}>
            <option value="">{t.compareNone}</option>
            {p.otherSheets.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {p.indicators.length > 0 && (
        <fieldset style={group}>
          <legend>
            <strong>{t.polarity}</strong>
          </legend>
          <Text size={200}>{t.polarityLegend}</Text>
          <Field label={t.filter}>
            <Input type="search" value={filter} onChange={(_, d) => setFilter(d.value)} />
          </Field>
          <table style={{ width: '100%', borderCollapse: 'collapse', tableLayout: 'fixed' }}>
            <thead>
              <tr>
                <th style={{ textAlign: 'left' }}>{t.indicator}</th>
                <th style={{ width: 72 }}>{t.negativeShort}</th>
              </tr>
            </thead>
            <tbody>
              {shown.slice(0, SHOWN).map((i) => (
                <tr key={i.key} style={{ borderTop: `1px solid ${tokens.colorNeutralStroke2}` }}>
                  <td style={{ overflowWrap: 'anywhere', padding: '2px 0' }}>
                    {i.indikator} {i.suggested && <Badge appearance="tint">{t.suggested}</Badge>}
                  </td>
                  <td style={{ textAlign: 'center' }}>
                    {/* A native checkbox: Fluent's adds 4.5 KB gzip to the pane; the theme's brand colour still marks it. */}
                    <input
                      type="checkbox"
                      aria-label={`${t.negativeShort}: ${i.indikator}`}
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
          {shown.length > SHOWN && <Text size={200}>{t.more(shown.length - SHOWN)}</Text>}
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
        <Button type="submit" disabled={p.busy}>
          {t.save}
        </Button>
      </div>
    </form>
  );
}
