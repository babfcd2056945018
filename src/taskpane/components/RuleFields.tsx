import type { ReactElement } from 'react';
import { Field, Input, Select } from '@fluentui/react-components';
import { SCALES } from '../../core/capaian/settings';

/** The rule settings both the task pane and the web mode offer: predikat scale, cap, highlight threshold. */
export interface RuleFieldsProps {
  readonly texts: {
    readonly scale: string;
    readonly cap: string;
    readonly noCap: string;
    readonly threshold: string;
  };
  /** A scale's id, the cap in percent ('' for none), the threshold in percent, as typed. */
  readonly scale: string;
  readonly cap: string;
  readonly threshold: string;
  readonly onScale: (id: string) => void;
  readonly onCap: (percent: string) => void;
  readonly onThreshold: (percent: string) => void;
}

export function RuleFields(p: RuleFieldsProps): ReactElement {
  return (
    <>
      <Field label={p.texts.scale}>
        <Select value={p.scale} onChange={(_, d) => p.onScale(d.value)}>
          {SCALES.map((x) => (
            <option key={x.id} value={x.id}>
              {x.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={p.texts.cap}>
        <Select value={p.cap} onChange={(_, d) => p.onCap(d.value)}>
          <option value="">{p.texts.noCap}</option>
          <option value="100">100%</option>
          <option value="120">120%</option>
        </Select>
      </Field>
      <Field label={p.texts.threshold}>
        <Input value={p.threshold} inputMode="decimal" onChange={(_, d) => p.onThreshold(d.value)} />
      </Field>
    </>
  );
}
