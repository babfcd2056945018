import type { ReactElement } from 'react';
import { Button, Checkbox, Field, Input, Select, Text } from '@fluentui/react-components';
import { useState } from 'react';
import { NegativeMethod, Polarity } from '../../core/capaian/settings';
import { SavedOptions } from '../../core/options';
import { Signatory } from '../../core/sheets/registry';
import { IndicatorView } from '../protocol';
import { WebTexts } from '../texts';
import { RuleFields, useRuleForm } from '../../taskpane/components/RuleFields';

const EMPTY: Signatory = { jabatan: '', nama: '', pangkat: '', nip: '' };
const PARTIES = ['pertama', 'kedua'] as const;
const FIELDS = ['jabatan', 'nama', 'pangkat', 'nip'] as const;
/** Polarity is set one indicator at a time: a long list is cut here, the rest keep what was read. */
const SHOWN = 100;

export interface WebSettingsProps {
  readonly options: SavedOptions;
  readonly indicators: readonly IndicatorView[];
  readonly texts: WebTexts;
  readonly busy: boolean;
  readonly onApply: (options: SavedOptions) => void;
}

/**
 * The pane's settings (polarity, predikat scale, cap, highlight threshold, negative formula, titles and
 * signatories). Applied, they check the table again and go into the workbook that is built.
 */
export function WebSettings({ options, indicators, texts, busy, onApply }: WebSettingsProps): ReactElement {
  const s = options.settings ?? {};
  const [polarity, setPolarity] = useState<Record<string, Polarity>>(
    Object.fromEntries(indicators.map((i) => [i.key, s.polarity?.[i.key] ?? i.polarity])),
  );
  const rules = useRuleForm(s);
  const [method, setMethod] = useState<NegativeMethod | ''>(s.negativeMethod ?? '');
  const [year, setYear] = useState(options.sheets?.year ?? '');
  const [dinas, setDinas] = useState(options.sheets?.dinas ?? '');
  const [people, setPeople] = useState({
    pertama: options.sheets?.signatories?.pertama ?? EMPTY,
    kedua: options.sheets?.signatories?.kedua ?? EMPTY,
  });
  const named = (p: Signatory): boolean => Object.values(p).some((v) => v.trim() !== '');

  const apply = (): void => {
    onApply({
      ...options,
      settings: {
        ...s,
        polarity,
        ...rules.settings(),
        ...(method ? { negativeMethod: method } : {}),
      },
      sheets: {
        ...options.sheets,
        ...(year ? { year } : {}),
        ...(dinas ? { dinas } : {}),
        signatories: Object.fromEntries(PARTIES.filter((p) => named(people[p])).map((p) => [p, people[p]])),
      },
    });
  };

  return (
    <form
      className="settings"
      onSubmit={(e) => {
        e.preventDefault();
        apply();
      }}
    >
      <fieldset>
        <legend>{texts.polarity}</legend>
        {indicators.slice(0, SHOWN).map((i) => (
          <Checkbox
            key={i.key}
            label={i.indikator}
            checked={polarity[i.key] === 'negatif'}
            onChange={(_, d) => setPolarity({ ...polarity, [i.key]: d.checked ? 'negatif' : 'positif' })}
          />
        ))}
        {indicators.length > SHOWN && <Text size={200}>{texts.polarityMore(indicators.length - SHOWN)}</Text>}
      </fieldset>
      <RuleFields texts={texts} {...rules.fields} />
      <Field label={texts.method}>
        <Select value={method} onChange={(_, d) => setMethod(d.value as NegativeMethod | '')}>
          <option value="">{texts.methods.auto}</option>
          <option value="selisih">{texts.methods.selisih}</option>
          <option value="kebalikan">{texts.methods.kebalikan}</option>
        </Select>
      </Field>
      <Field label={texts.year}>
        <Input value={year} inputMode="numeric" onChange={(_, d) => setYear(d.value)} />
      </Field>
      <Field label={texts.dinas}>
        <Input value={dinas} onChange={(_, d) => setDinas(d.value)} />
      </Field>
      {PARTIES.map((party) => (
        <fieldset key={party}>
          <legend>{texts.pihak[party]}</legend>
          {FIELDS.map((field) => (
            <Field key={field} label={texts.field[field]}>
              <Input
                value={people[party][field]}
                onChange={(_, d) => setPeople({ ...people, [party]: { ...people[party], [field]: d.value } })}
              />
            </Field>
          ))}
        </fieldset>
      ))}
      <Button type="submit" disabled={busy}>
        {texts.apply}
      </Button>
    </form>
  );
}
