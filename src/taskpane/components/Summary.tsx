import type { ReactElement, Ref } from 'react';
import { Badge, Button, Field, Link, ProgressBar, Text, tokens } from '@fluentui/react-components';
import { formatPercent } from '../../core/i18n/format';
import { BelowTarget, GenerateSummary } from '../actions';
import { Lang, Texts } from '../texts';

/** Predikat bands, highest first: a colour from the theme's palette and a Badge colour, with the label beside. */
const BAND_FILL = [
  tokens.colorPaletteGreenBackground3,
  tokens.colorPaletteLightGreenBackground3,
  tokens.colorPaletteYellowBackground3,
  tokens.colorPaletteDarkOrangeBackground3,
  tokens.colorPaletteRedBackground3,
];
const BAND_BADGE = ['success', 'success', 'warning', 'severe', 'danger'] as const;

/** A Link without href is a button (inline-block): aligned at its top, a long name wraps beside its bullet. */
const INLINE = { verticalAlign: 'top', textAlign: 'left' } as const;

export interface SummaryProps {
  readonly summary: GenerateSummary;
  readonly texts: Texts;
  readonly lang: Lang;
  readonly onOpenSheet: (name: string) => void;
  readonly onSelectRow: (b: BelowTarget) => void;
  /** The heading takes focus when the run ends, so a screen reader reads the result. */
  readonly headingRef?: Ref<HTMLHeadingElement>;
}

/**
 * The result of Buat Tabel Capaian at a glance: how the indicators are rated, how much of the budget was
 * spent, which indicators fell short (each a link to its row), and the sheets to open.
 */
export function Summary({
  summary,
  texts,
  lang,
  onOpenSheet,
  onSelectRow,
  headingRef,
}: SummaryProps): ReactElement {
  const rated = summary.predikat.reduce((n, p) => n + p.count, 0);
  const { noTarget, noRealisasi, other } = summary.unrated;
  const unrated = noTarget + noRealisasi + other;
  const why = [
    noTarget ? texts.noTarget(noTarget) : '',
    noRealisasi ? texts.noRealisasi(noRealisasi) : '',
    other ? texts.otherUnrated(other) : '',
  ].filter(Boolean);
  const pct = (x: number): string => formatPercent(x, lang);
  const threshold = `${Math.round(summary.threshold * 100)}%`;
  return (
    <section
      aria-label={texts.summary}
      style={{
        display: 'grid',
        gap: 12,
        padding: 12,
        borderRadius: tokens.borderRadiusLarge,
        border: `1px solid ${tokens.colorNeutralStroke1}`,
        background: tokens.colorNeutralBackground1,
      }}
    >
      <Text as="h2" size={500} weight="semibold" ref={headingRef} tabIndex={-1}>
        {texts.summary}
      </Text>
      <div>
        <Text weight="semibold">{texts.ofIndicators(rated, rated + unrated)}</Text>
        <div
          aria-hidden
          style={{ display: 'flex', height: 12, borderRadius: 4, overflow: 'hidden', marginTop: 4 }}
        >
          {summary.predikat
            .filter((p) => p.count > 0)
            .map((p) => (
              <div
                key={p.label}
                style={{ flexGrow: p.count, background: BAND_FILL[p.band] ?? BAND_FILL[4] }}
              />
            ))}
        </div>
        <ul
          aria-label="Predikat"
          style={{
            listStyle: 'none',
            padding: 0,
            margin: '6px 0 0',
            display: 'flex',
            flexWrap: 'wrap',
            gap: 6,
          }}
        >
          {summary.predikat.map((p) => (
            <li key={p.label}>
              <Badge
                appearance="tint"
                color={BAND_BADGE[p.band] ?? 'danger'}
              >{`${p.label}: ${p.count}`}</Badge>
            </li>
          ))}
        </ul>
        {unrated > 0 && <Text size={200}>{texts.unrated(unrated, why.join(', '))}</Text>}
      </div>
      {summary.penyerapan !== null && (
        <div>
          <Text size={700} weight="semibold" block>
            {pct(summary.penyerapan)}
          </Text>
          <Field label={texts.penyerapan}>
            <ProgressBar value={Math.min(1, summary.penyerapan)} thickness="large" />
          </Field>
        </div>
      )}
      {summary.pengukuran && (
        <Button appearance="primary" onClick={() => onOpenSheet(summary.pengukuran!)}>
          {texts.openPengukuran}
        </Button>
      )}
      <div>
        <Text weight="semibold">
          {summary.belowTarget.length
            ? texts.belowList(summary.belowTarget.length, threshold)
            : texts.noneBelow(threshold)}
        </Text>
        <ul style={{ paddingLeft: 16, margin: '4px 0 0' }}>
          {summary.belowTarget.map((b) => (
            <li key={b.range}>
              <Link
                onClick={() => onSelectRow(b)}
                style={INLINE}
              >{`${b.indikator} (${pct(b.capaian)})`}</Link>
            </li>
          ))}
        </ul>
      </div>
      <div>
        <Text weight="semibold">{texts.otherSheets}</Text>
        <ul aria-label={texts.otherSheets} style={{ paddingLeft: 16, margin: '4px 0 0' }}>
          {summary.sheets
            .filter((n) => n !== summary.pengukuran)
            .map((name) => (
              <li key={name}>
                <Link onClick={() => onOpenSheet(name)}>{name}</Link>
              </li>
            ))}
        </ul>
        <Text size={200}>{texts.print}</Text>
      </div>
    </section>
  );
}
