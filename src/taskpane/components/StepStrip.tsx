import type { ReactElement } from 'react';
import { Text, tokens } from '@fluentui/react-components';
import { Texts } from '../texts';

/** "1 · Periksa — 2 · Buat Tabel Capaian — 3 · Cetak", the current step marked for eyes and screen readers. */
export function StepStrip({ texts, current }: { texts: Texts; current: 0 | 1 | 2 }): ReactElement {
  return (
    <ol
      aria-label={texts.stepsLabel}
      style={{ listStyle: 'none', display: 'flex', flexWrap: 'wrap', gap: 4, padding: 0, margin: 0 }}
    >
      {texts.steps3.map((label, i) => (
        <li key={label} aria-current={i === current ? 'step' : undefined}>
          <Text
            size={200}
            weight={i === current ? 'semibold' : 'regular'}
            style={{ color: i === current ? tokens.colorBrandForeground1 : tokens.colorNeutralForeground3 }}
          >
            {`${i + 1} · ${label}`}
          </Text>
          {i < 2 && (
            <Text size={200} aria-hidden>
              {' —'}
            </Text>
          )}
        </li>
      ))}
    </ol>
  );
}
