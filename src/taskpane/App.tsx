import type { ReactElement } from 'react';
import {
  Button,
  FluentProvider,
  Link,
  ProgressBar,
  Spinner,
  Text,
  webLightTheme,
} from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import { Finding } from '../core/check/finding';
import { formatPercent } from '../core/i18n/format';
import { ColumnRole } from '../core/table/roles';
import { PendingMessage } from '../core/sheets/state';
import { UserMessage } from '../excel/errors';
import { whenText } from '../excel/undo';
import { SavedOptions } from '../core/options';
import { GenerateSummary, markOf, messageOf, ScanResult, Step, TaskpaneActions, UndoInfo } from './actions';
import { rangeA1 } from '../core/sheet/address';
import { Columns } from './components/Columns';
import { Findings } from './components/Findings';
import { MarkTable } from './components/MarkTable';
import { Bandingkan, withCompare } from './components/Bandingkan';
import { Settings } from './components/Settings';
import { Notice, Section } from './components/Section';
import { Lang, TEXTS } from './texts';

type State =
  | { kind: 'loading' }
  | { kind: 'noTable'; scan: Extract<ScanResult, { kind: 'noTable' }> }
  | { kind: 'ready'; scan: Extract<ScanResult, { kind: 'table' }> }
  | { kind: 'generating'; step: Step }
  | { kind: 'done'; summary: GenerateSummary }
  | { kind: 'error'; message: UserMessage };

export interface AppProps {
  readonly actions: TaskpaneActions;
  readonly lang: Lang;
}

const STEPS: readonly Step[] = ['read', 'plan', 'write', 'done'];

export function App({ actions, lang }: AppProps): ReactElement {
  const t = TEXTS[lang];
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [notice, setNotice] = useState<{ intent: 'success' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [undo, setUndo] = useState<UndoInfo | null>(null);
  const [pending, setPending] = useState<PendingMessage | null>(null);
  const say = (m: UserMessage): string => (lang === 'en' ? m.en : m.id);

  const load = useCallback(async () => {
    setState({ kind: 'loading' });
    try {
      const scan = await actions.scan();
      setUndo(scan.undo);
      setPending(scan.pending);
      setState(scan.kind === 'table' ? { kind: 'ready', scan } : { kind: 'noTable', scan });
    } catch (e) {
      setState({ kind: 'error', message: messageOf(e) });
    }
  }, [actions]);

  useEffect(() => {
    void load();
  }, [load]);

  /** Runs a button's work: whatever Office throws becomes a message, and the pane is never left busy. */
  const withBusy = async (work: () => Promise<void>): Promise<void> => {
    setBusy(true);
    setNotice(null);
    try {
      await work();
    } catch (e) {
      setNotice({ intent: 'error', text: say(messageOf(e)) });
    } finally {
      setBusy(false);
    }
  };

  /** A click that needs no busy state (select a cell, open a sheet): its failure is still a message. */
  const safely = (work: () => Promise<void>): void => {
    work().catch((e: unknown) => setNotice({ intent: 'error', text: say(messageOf(e)) }));
  };

  const generate = (): Promise<void> =>
    withBusy(async () => {
      setState({ kind: 'generating', step: 'read' });
      try {
        const r = await actions.generate((step) => setState({ kind: 'generating', step }));
        if (r.ok) setUndo(r.undo);
        setState(r.ok ? { kind: 'done', summary: r.summary } : { kind: 'error', message: r.message });
      } catch (e) {
        setState({ kind: 'error', message: messageOf(e) });
      }
    });

  /** A button's change to the workbook: then the pane reads it again and says what was done. */
  const change = (work: () => Promise<string>): Promise<void> =>
    withBusy(async () => {
      const done = await work();
      await load();
      setNotice({ intent: 'success', text: done });
    });

  const fix = (findings: readonly Finding[]): Promise<void> =>
    change(async () => t.fixed(await actions.fix(findings)));

  const saveOptions = (options: SavedOptions): Promise<void> =>
    change(async () => {
      await actions.saveOptions(options);
      return t.saved;
    });

  const changeRole = (
    scan: Extract<ScanResult, { kind: 'table' }>,
    letter: string,
    role: ColumnRole,
  ): Promise<void> =>
    saveOptions({
      ...scan.options,
      roles: { ...scan.options.roles, [scan.sheet]: { ...scan.options.roles?.[scan.sheet], [letter]: role } },
    });

  /** "Tandai tabel": the selection becomes the table's header (or the whole table), saved in the workbook. */
  const mark = (options: SavedOptions): Promise<void> =>
    change(async () => {
      const { sheet, range } = await actions.selection();
      const address = `${sheet}!${rangeA1(range.top, range.left, range.bottom, range.right)}`;
      await actions.saveOptions({ ...options, tables: { ...options.tables, [sheet]: markOf(range) } });
      return t.marked(address);
    });

  const unmark = (options: SavedOptions, sheet: string): Promise<void> =>
    change(async () => {
      const tables = { ...options.tables };
      delete tables[sheet];
      await actions.saveOptions({ ...options, tables });
      return t.unmarked;
    });

  const restore = (): Promise<void> => change(async () => say(await actions.restore()));

  const undoPanel = undo && (
    <Section title={t.restore} open={state.kind === 'done'}>
      <div style={{ display: 'grid', gap: 6 }}>
        <Text>{t.undoInfo(undo.runs, whenText(undo.first, lang), undo.created)}</Text>
        <Button onClick={() => void restore()} disabled={busy}>
          {t.restoreButton}
        </Button>
      </div>
    </Section>
  );

  return (
    <FluentProvider theme={webLightTheme} style={{ padding: 12, display: 'grid', gap: 12 }}>
      <Text as="h1" size={500} weight="semibold">
        {t.title}
      </Text>
      {notice && <Notice intent={notice.intent}>{notice.text}</Notice>}
      {pending && (
        <Notice intent="warning" title={t.pending(whenText(pending.at, lang))}>
          {say(pending)}{' '}
          <Button
            onClick={() =>
              safely(async () => {
                await actions.dismissPending();
                setPending(null);
              })
            }
          >
            {t.dismiss}
          </Button>
        </Notice>
      )}
      {state.kind === 'loading' && <Spinner label={t.loading} />}
      {state.kind === 'noTable' && (
        <>
          <Notice intent="warning" title={t.noTable}>
            {say(state.scan.message)}
          </Notice>
          <MarkTable texts={t} busy={busy} onMark={() => void mark(state.scan.options)} primary>
            <Button onClick={() => void load()} disabled={busy}>
              {t.retry}
            </Button>
          </MarkTable>
        </>
      )}
      {state.kind === 'error' && (
        <Notice intent="error" title={t.error}>
          {say(state.message)} <Button onClick={() => void load()}>{t.retry}</Button>
        </Notice>
      )}
      {state.kind === 'ready' && (
        <>
          <div>
            <Text weight="semibold">{t.found(state.scan.sheet, state.scan.range)}</Text>
            <br />
            <Text>
              {[
                state.scan.counts.sasaran,
                state.scan.counts.program,
                state.scan.counts.kegiatan,
                state.scan.counts.subKegiatan,
                state.scan.counts.indikator,
              ].join(' · ')}
            </Text>
            <br />
            <Text size={200}>{t.counts}</Text>
          </div>
          <Button appearance="primary" size="large" onClick={() => void generate()} disabled={busy}>
            {t.generate}
          </Button>
          <Section title={`${t.findings} (${state.scan.findings.length})`} open>
            <Findings
              findings={state.scan.findings}
              lang={lang}
              texts={t}
              busy={busy}
              onSelect={(f) => safely(() => actions.selectCell(f.sheet, f.cell))}
              onFix={(f) => void fix(f)}
            />
          </Section>
          <Section title={t.columns}>
            <Columns
              columns={state.scan.columns}
              texts={t}
              lang={lang}
              busy={busy}
              onChange={(l, r) => void changeRole(state.scan, l, r)}
              onMark={() => void mark(state.scan.options)}
              onUnmark={
                state.scan.options.tables?.[state.scan.sheet]
                  ? () => void unmark(state.scan.options, state.scan.sheet)
                  : undefined
              }
            />
          </Section>
          <Section title={t.settings}>
            <Settings
              options={state.scan.options}
              indicators={state.scan.indicators}
              texts={t}
              busy={busy}
              onSave={(o) => void saveOptions(o)}
            />
            {state.scan.otherSheets.length > 0 && (
              <Bandingkan
                lang={lang}
                sheets={state.scan.otherSheets}
                chosen={
                  state.scan.options.sheets?.compare?.kind === 'sheet'
                    ? state.scan.options.sheets.compare.sheet
                    : undefined
                }
                busy={busy}
                onChoose={(sheet) => void saveOptions(withCompare(state.scan.options, sheet))}
              />
            )}
          </Section>
        </>
      )}
      {state.kind === 'generating' && (
        <div role="status">
          <Text>{`${t.generating} ${t.steps[state.step]}`}</Text>
          <ProgressBar value={(STEPS.indexOf(state.step) + 1) / STEPS.length} />
        </div>
      )}
      {state.kind === 'done' && (
        <div role="status" style={{ display: 'grid', gap: 6 }}>
          <Text weight="semibold">{t.done}</Text>
          <ul aria-label="Predikat" style={{ margin: 0, paddingLeft: 16 }}>
            {state.summary.predikat.map((p) => (
              <li key={p.label}>{`${p.label}: ${p.count}`}</li>
            ))}
          </ul>
          <Text>{`${t.penyerapan}: ${state.summary.penyerapan === null ? '—' : formatPercent(state.summary.penyerapan, lang)}`}</Text>
          <Text>{`${t.below}: ${state.summary.belowTarget}`}</Text>
          <Text>{t.sheets}:</Text>
          <ul aria-label={t.sheets} style={{ margin: 0, paddingLeft: 16 }}>
            {state.summary.sheets.map((name) => (
              <li key={name}>
                <Link onClick={() => safely(() => actions.openSheet(name))}>{name}</Link>
              </li>
            ))}
          </ul>
          <Button onClick={() => void load()}>{t.retry}</Button>
        </div>
      )}
      {state.kind !== 'generating' && state.kind !== 'loading' && undoPanel}
    </FluentProvider>
  );
}
