import type { ReactElement } from 'react';
import { useState } from 'react';
import { Field, Input, Select } from '@fluentui/react-components';
import { CapaianSettings, SCALES } from '../core/capaian/settings';

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

/** The rule fields' state, from the saved settings, and the settings they give when saved. */
export function useRuleForm(saved: Partial<CapaianSettings> | undefined): {
  readonly fields: Omit<RuleFieldsProps, 'texts'>;
  readonly settings: () => Partial<CapaianSettings>;
} {
  const s = saved ?? {};
  const [scale, setScale] = useState(s.scale?.id ?? SCALES[0]!.id);
  const [cap, setCap] = useState(s.cap == null ? '' : String(Math.round(s.cap * 100)));
  const [threshold, setThreshold] = useState(String(Math.round((s.threshold ?? 1) * 100)));
  return {
    fields: { scale, cap, threshold, onScale: setScale, onCap: setCap, onThreshold: setThreshold },
    settings: () => {
      // A threshold typed "85,5" or "85.5"; anything unreadable is the default, 100 %.
      const t = Number(threshold.replace(',', '.'));
      return {
        scale: SCALES.find((x) => x.id === scale),
        cap: cap === '' ? null : Number(cap) / 100,
        threshold: Number.isFinite(t) && t > 0 ? t / 100 : 1,
      };
    },
  };
}
