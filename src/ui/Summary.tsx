import type { ReactElement, ReactNode, Ref } from 'react';
import { Badge, Button, Field, Link, Text, tokens } from '@fluentui/react-components';
import { Progress } from './Progress';
import { formatPercent } from '../core/i18n/format';
import { BelowTarget, GenerateSummary } from './summary';
import { BuildNote } from './BuildNote';

type Lang = 'id' | 'en';

const WORDS = {
  id: {
    summary: 'Ringkasan capaian',
    unrated: (n: number, why: string) => `${n} indikator tanpa predikat: ${why}.`,
    noTarget: (n: number) => `${n} tanpa target`,
    noRealisasi: (n: number) => `${n} tanpa realisasi`,
    otherUnrated: (n: number) => `${n} target nol atau bukan angka`,
    ofIndicators: (n: number, total: number) => `${n} dari ${total} indikator berpredikat`,
    open: (name: string) => `Buka ${name}`,
    belowList: (n: number, pct: string, click: boolean) =>
      `${n} indikator di bawah ${pct}${click ? ' (klik untuk memilih barisnya)' : ''}`,
    noneBelow: (pct: string) => `Semua indikator mencapai ${pct}.`,
    belowMore: (n: number, sheet: string) => `… dan ${n} indikator lain: semuanya ada di lembar ${sheet}.`,
    otherSheets: 'Lembar lain',
    sheetsMade: 'Lembar yang dibuat',
    print: 'Cetak: buka lembarnya, lalu File › Cetak (sudah diatur untuk kertas A4).',
    penyerapan: 'Penyerapan anggaran',
  },
  en: {
    summary: 'Achievement summary',
    unrated: (n: number, why: string) => `${n} indicators without a rating: ${why}.`,
    noTarget: (n: number) => `${n} without a target`,
    noRealisasi: (n: number) => `${n} without realisation`,
    otherUnrated: (n: number) => `${n} with a zero or non-numeric target`,
    ofIndicators: (n: number, total: number) => `${n} of ${total} indicators rated`,
    open: (name: string) => `Open ${name}`,
    belowList: (n: number, pct: string, click: boolean) =>
      `${n} indicators below ${pct}${click ? ' (click to select the row)' : ''}`,
    noneBelow: (pct: string) => `Every indicator reaches ${pct}.`,
    belowMore: (n: number, sheet: string) =>
      `… and ${n} more indicators: all of them are on the sheet ${sheet}.`,
    otherSheets: 'Other sheets',
    sheetsMade: 'Sheets made',
    print: 'Print: open the sheet, then File › Print (set up for A4 paper).',
    penyerapan: 'Budget absorption',
  },
} as const;

/** Predikat bands, highest first: a colour from the theme's palette and a Badge colour, with the label beside. */
const BAND_FILL = [
  tokens.colorPaletteGreenBackground3,
  tokens.colorPaletteLightGreenBackground3,
  tokens.colorPaletteYellowBackground3,
  tokens.colorPaletteDarkOrangeBackground3,
  tokens.colorPaletteRedBackground3,
];
const BAND_BADGE = ['success', 'success', 'warning', 'severe', 'danger'] as const;

/** Indicators below target listed by name: Bab III reports a few; a 20,000-row table may have thousands. */
const BELOW_SHOWN = 40;

/** A Link without href is a button (inline-block): aligned at its top, a long name wraps beside its bullet. */
const INLINE = { verticalAlign: 'top', textAlign: 'left' } as const;

export interface SummaryProps {
  readonly summary: GenerateSummary;
  readonly lang: Lang;
  /** How the change is taken back: Kembalikan in Excel, or the original file the web page never touches. */
  readonly undo: 'kembalikan' | 'newFile';
  /** In Excel: open a sheet, select a row. The web page has no sheet to open: names and rows are text there. */
  readonly onOpenSheet?: (name: string) => void;
  readonly onSelectRow?: (b: BelowTarget) => void;
  /** The card's main button when it is not "Buka Pengukuran Kinerja" (the web page's Unduh). */
  readonly primary?: ReactNode;
  /** The heading takes focus when the run ends, so a screen reader reads the result. */
  readonly headingRef?: Ref<HTMLHeadingElement>;
}

/**
 * The result of Buat Tabel Capaian at a glance: how the indicators are rated, how much of the budget was
 * spent, which indicators fell short (each a link to its row), and the sheets to open.
 */
export function Summary({
  summary,
  lang,
  undo,
  onOpenSheet,
  onSelectRow,
  primary,
  headingRef,
}: SummaryProps): ReactElement {
  const texts = WORDS[lang];
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
          {/* A band with no indicator says nothing: only the bands there are. */}
          {summary.predikat
            .filter((p) => p.count > 0)
            .map((p) => (
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
            <Progress value={Math.min(1, summary.penyerapan)} thickness="large" />
          </Field>
        </div>
      )}
      {summary.changed && <BuildNote preview={summary.changed} lang={lang} undo={undo} />}
      {primary ??
        (summary.pengukuran && onOpenSheet && (
          <Button appearance="primary" onClick={() => onOpenSheet(summary.pengukuran!)}>
            {texts.open(summary.pengukuran)}
          </Button>
        ))}
      <div>
        <Text weight="semibold">
          {summary.belowTarget.length
            ? texts.belowList(summary.belowTarget.length, threshold, !!onSelectRow)
            : texts.noneBelow(threshold)}
        </Text>
        <ul style={{ paddingLeft: 16, margin: '4px 0 0' }}>
          {summary.belowTarget.slice(0, BELOW_SHOWN).map((b) => (
            <li key={b.range}>
              {onSelectRow ? (
                <Link
                  onClick={() => onSelectRow(b)}
                  style={INLINE}
                >{`${b.indikator} (${pct(b.capaian)})`}</Link>
              ) : (
                <Text>{`${b.indikator} (${pct(b.capaian)})`}</Text>
              )}
            </li>
          ))}
        </ul>
        {summary.belowTarget.length > BELOW_SHOWN && (
          <Text size={200}>
            {texts.belowMore(summary.belowTarget.length - BELOW_SHOWN, summary.pengukuran ?? '')}
          </Text>
        )}
      </div>
      <div>
        <Text weight="semibold">{onOpenSheet ? texts.otherSheets : texts.sheetsMade}</Text>
        <ul
          aria-label={onOpenSheet ? texts.otherSheets : texts.sheetsMade}
          style={{ paddingLeft: 16, margin: '4px 0 0' }}
        >
          {summary.sheets
            .filter((n) => !onOpenSheet || n !== summary.pengukuran)
            .map((name) => (
              <li key={name}>
                {onOpenSheet ? <Link onClick={() => onOpenSheet(name)}>{name}</Link> : <Text>{name}</Text>}
              </li>
            ))}
        </ul>
        <Text size={200}>{texts.print}</Text>
      </div>
    </section>
  );
}
