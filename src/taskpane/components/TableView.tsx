import type { ReactElement } from 'react';
import { Button, Text } from '@fluentui/react-components';
import { Finding } from '../../core/check/finding';
import { SavedOptions } from '../../core/options';
import { ColumnRole } from '../../core/table/roles';
import { ScanResult } from '../actions';
import { Lang, Texts } from '../texts';
import { Columns } from './Columns';
import { Accordion, AccordionSection } from '../../ui/Accordion';
import { Findings } from '../../ui/Findings';
import { Settings } from '../../ui/Settings';
import { BuildPreview } from '../../ui/preview';
import { BuildNote } from '../../ui/BuildNote';
import { Notice } from '../../ui/Notice';
import { nothingToCompute } from '../../ui/computable';

export type TableScan = Extract<ScanResult, { kind: 'table' }>;

/** What stays open across re-reads: the section (one at a time, the pane is narrow) and the finding groups. */
export interface OpenState {
  readonly section: string | null;
  readonly groups: readonly string[] | null;
}

export interface TableViewProps {
  readonly scan: TableScan;
  /** What Buat Tabel Capaian will change, once planned (after the first read). */
  readonly preview: BuildPreview | null;
  readonly texts: Texts;
  readonly lang: Lang;
  readonly busy: boolean;
  readonly open: OpenState;
  readonly onOpen: (open: OpenState) => void;
  readonly onGenerate: () => void;
  readonly onSelect: (f: Finding) => void;
  readonly onFix: (f: readonly Finding[]) => void;
  readonly onRole: (letter: string, role: ColumnRole) => void;
  readonly onMark: () => void;
  readonly onUnmark?: () => void;
  readonly onSave: (o: SavedOptions) => void;
}

/**
 * The first screen on a table: where it is and what it holds, in words; the one main button; then findings,
 * column roles and settings, one section open at a time.
 */
export function TableView(p: TableViewProps): ReactElement {
  const { scan, texts: t } = p;
  // Nothing to compute (no target/realisasi pair, no indicator): said first, and the main button waits.
  const nothing = nothingToCompute(
    scan.columns.map((c) => c.role),
    scan.counts.indikator,
    p.lang,
  );
  return (
    <>
      <div>
        <Text weight="semibold" block>
          {t.found(scan.sheet, scan.range)}
        </Text>
        <Text>{t.described(scan.counts)}</Text>
      </div>
      {nothing && <Notice intent="warning">{nothing}</Notice>}
      <div style={{ display: 'grid', gap: 4 }}>
        <Button
          appearance={nothing ? 'secondary' : 'primary'}
          size="large"
          onClick={p.onGenerate}
          disabled={p.busy}
          aria-describedby={p.preview ? 'build-note' : undefined}
        >
          {t.generate}
        </Button>
        {p.preview && !nothing && (
          <BuildNote id="build-note" preview={p.preview} lang={p.lang} undo="kembalikan" />
        )}
      </div>
      {/* One section open at a time: the pane is narrow. */}
      <Accordion
        collapsible
        openItems={p.open.section ? [p.open.section] : []}
        onToggle={(_, d) => p.onOpen({ ...p.open, section: d.openItems.map(String)[0] ?? null })}
      >
        <AccordionSection value="findings" as="h2" header={`${t.findings} (${scan.findings.length})`}>
          {/* "Konsisten" only where something was checked. */}
          <Findings
            findings={scan.findings}
            lang={p.lang}
            busy={p.busy}
            nothing={!!nothing}
            onSelect={p.onSelect}
            onFix={p.onFix}
            open={p.open.groups}
            onOpen={(groups) => p.onOpen({ ...p.open, groups })}
          />
        </AccordionSection>
        <AccordionSection value="columns" as="h2" header={t.columns}>
          <Text size={200} block style={{ marginBottom: 8 }}>
            {t.rolesHint}
          </Text>
          <Columns
            columns={scan.columns}
            texts={t}
            lang={p.lang}
            busy={p.busy}
            onChange={p.onRole}
            onMark={p.onMark}
            onUnmark={p.onUnmark}
          />
        </AccordionSection>
        <AccordionSection value="settings" as="h2" header={t.settings}>
          <Settings
            options={scan.options}
            indicators={scan.indicators}
            lang={p.lang}
            busy={p.busy}
            tableYear={scan.year}
            tableDinas={scan.dinas}
            otherSheets={scan.otherSheets}
            onSave={p.onSave}
          />
        </AccordionSection>
      </Accordion>
    </>
  );
}
