import type { ReactElement } from 'react';
import {
  Button,
  Field,
  FluentProvider,
  Link,
  Text,
  webDarkTheme,
  webLightTheme,
} from '@fluentui/react-components';
import { Progress } from '../ui/Progress';
import { useCallback, useEffect, useRef, useState } from 'react';
import { Finding } from '../core/check/finding';
import { ColumnRole } from '../core/table/roles';
import { PendingMessage } from '../core/sheets/state';
import { SuggestedAction, UserMessage } from '../excel/errors';
import type { TypedSheet } from '../excel/undo';
import { whenText } from '../excel/undoText';
import { SavedOptions } from '../core/options';
import { messageOf, ScanResult, Step, TaskpaneActions, UndoInfo } from './actions';
import { rangeA1 } from '../core/sheet/address';
import { MarkTable } from './components/MarkTable';
import { Notice } from '../ui/Notice';
import { GenerateSummary } from '../ui/summary';
import { markOf } from '../ui/fixes';
import { fixedText } from '../ui/fixText';
import { BuildPreview } from '../ui/preview';
import { nothingToCompute } from '../ui/computable';
import { KeepTyped } from './components/KeepTyped';
import { PaneBoundary } from './components/PaneBoundary';
import { StepStrip } from './components/StepStrip';
import { Summary } from '../ui/Summary';
import { OpenState, TableScan, TableView } from './components/TableView';
import { Lang, TEXTS } from './texts';

type View =
  | { kind: 'loading' }
  | { kind: 'noTable'; scan: Extract<ScanResult, { kind: 'noTable' }> }
  | { kind: 'ready'; scan: TableScan }
  | { kind: 'generating'; step: Step }
  | { kind: 'done'; summary: GenerateSummary }
  | { kind: 'error'; message: UserMessage };

/** A message on top of the pane: what an action did, or why it could not, with what to do as a button. */
interface NoticeState {
  readonly intent: 'success' | 'error';
  readonly message: UserMessage;
}

export interface AppProps {
  readonly actions: TaskpaneActions;
  readonly lang: Lang;
  /** Office's theme (Office.context.officeTheme): dark Office, dark pane. High contrast is the browser's. */
  readonly dark?: boolean;
}

const STEPS: readonly Step[] = ['read', 'plan', 'write', 'done'];

/** The pane in Office's theme; a render error shows a message and Baca ulang, never a blank pane. */
export function App({ actions, lang, dark = false }: AppProps): ReactElement {
  const t = TEXTS[lang];
  return (
    <FluentProvider
      theme={dark ? webDarkTheme : webLightTheme}
      // The theme's background fills the pane; the rows stay at the top.
      style={{
        padding: 12,
        display: 'grid',
        gap: 12,
        alignContent: 'start',
        minHeight: '100vh',
        boxSizing: 'border-box',
      }}
    >
      <PaneBoundary title={t.error} message={t.crashed} reread={t.retry}>
        <Pane actions={actions} lang={lang} />
      </PaneBoundary>
    </FluentProvider>
  );
}

function Pane({ actions, lang }: Omit<AppProps, 'dark'>): ReactElement {
  const t = TEXTS[lang];
  const [view, setView] = useState<View>({ kind: 'loading' });
  const [reading, setReading] = useState(false);
  const [notice, setNotice] = useState<NoticeState | null>(null);
  const [busy, setBusy] = useState(false);
  const [undo, setUndo] = useState<UndoInfo | null>(null);
  const [pending, setPending] = useState<PendingMessage | null>(null);
  const [open, setOpen] = useState<OpenState>({ section: 'findings', groups: null });
  const [preview, setPreview] = useState<BuildPreview | null>(null);
  /** Our sheets Kembalikan would delete that hold what the user typed: the user chooses first. */
  const [typed, setTyped] = useState<readonly TypedSheet[] | null>(null);
  /** The Kembalikan paragraph in full, or its first sentence (the pane is narrow). */
  const [undoMore, setUndoMore] = useState(false);
  /** Where focus goes after the next render: the result of the action just done. */
  const [focus, setFocus] = useState<'notice' | 'summary' | 'typed' | null>(null);
  const typedRef = useRef<HTMLDivElement>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const summaryRef = useRef<HTMLHeadingElement>(null);
  /** The last button's work, for a message's "Coba lagi". */
  const lastWork = useRef<() => void>(() => undefined);
  /** Bumped by every action: a re-read that started before one is stale and is dropped. */
  const epoch = useRef(0);
  const viewRef = useRef(view);
  viewRef.current = view;
  const busyRef = useRef(busy);
  busyRef.current = busy;
  const say = (m: UserMessage): string => (lang === 'en' ? m.en : m.id);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  useEffect(() => {
    if (focus === 'notice') noticeRef.current?.focus();
    if (focus === 'summary') summaryRef.current?.focus();
    if (focus === 'typed') typedRef.current?.focus();
    if (focus) setFocus(null);
  }, [focus]);

  /** Reads the sheet in focus; a re-read keeps the pane as it is until the answer is there. */
  const load = useCallback(
    async (switched = false): Promise<ScanResult['kind'] | null> => {
      const mine = epoch.current;
      if (viewRef.current.kind === 'loading') setReading(false);
      else setReading(true);
      try {
        const scan = await actions.scan({ switched });
        if (mine !== epoch.current) return null;
        setUndo(scan.undo);
        setPending(scan.pending);
        setView(scan.kind === 'table' ? { kind: 'ready', scan } : { kind: 'noTable', scan });
        setPreview(null);
        if (scan.kind === 'table') {
          // A table with nothing to compute: the roles are the next thing to see.
          if (
            nothingToCompute(
              scan.columns.map((c) => c.role),
              scan.counts.indikator,
              lang,
            )
          )
            setOpen((o) => ({ ...o, section: 'columns' }));
          // What Buat Tabel Capaian will change, planned while the user reads; no preview costs nothing but the line.
          actions
            .preview()
            .then((p) => mine === epoch.current && setPreview(p))
            .catch(() => undefined);
        }
        return scan.kind;
      } catch (e) {
        if (mine === epoch.current) setView({ kind: 'error', message: messageOf(e) });
        return null;
      } finally {
        if (mine === epoch.current) setReading(false);
      }
    },
    [actions, lang],
  );

  useEffect(() => {
    void load();
    // The user moved to another sheet: read it, unless a result (the summary) or a run is on screen.
    void actions
      .watch(() => {
        const k = viewRef.current.kind;
        if (!busyRef.current && k !== 'generating' && k !== 'done' && k !== 'loading') void load(true);
      })
      // Not hearing sheet changes (Excel busy at start) costs only the automatic re-read: Baca ulang remains.
      .catch(() => undefined);
  }, [actions, load]);

  /** Runs a button's work: whatever Office throws becomes a message, and the pane is never left busy. */
  const withBusy = async (work: () => Promise<void>, again: () => void): Promise<void> => {
    epoch.current++;
    lastWork.current = again;
    setBusy(true);
    setNotice(null);
    try {
      await work();
    } catch (e) {
      setNotice({ intent: 'error', message: messageOf(e) });
      setFocus('notice');
    } finally {
      setBusy(false);
    }
  };

  /** A click that needs no busy state (select a cell, open a sheet): its failure is still a message. */
  const safely = (work: () => Promise<void>): void => {
    work().catch((e: unknown) => {
      setNotice({ intent: 'error', message: messageOf(e) });
      setFocus('notice');
    });
  };

  const generate = (): Promise<void> =>
    withBusy(
      async () => {
        const before = viewRef.current;
        setView({ kind: 'generating', step: 'read' });
        const r = await actions
          .generate((step) => setView({ kind: 'generating', step }))
          .catch((e: unknown) => ({ ok: false as const, message: messageOf(e) }));
        if (r.ok) {
          setUndo(r.undo);
          setView({ kind: 'done', summary: r.summary });
          setFocus('summary');
          return;
        }
        // Refused or failed: the table stays on screen, with why and what to do.
        setView(before);
        setNotice({ intent: 'error', message: r.message });
        setFocus('notice');
        // Part of it may be written: the pane reads what Kembalikan would now undo.
        if (r.message.action === 'restore') await load();
      },
      () => void generate(),
    );

  /**
   * A button's change to the workbook: then the pane reads it again and says what was done. A saved setting or
   * role keeps the pane where it is (the notice is announced, not focused: focus would scroll to the top).
   */
  const change = (
    work: () => Promise<UserMessage | null>,
    { focusNotice = true }: { focusNotice?: boolean } = {},
  ): Promise<void> => {
    const run = (): Promise<void> =>
      withBusy(
        async () => {
          const done = await work();
          const now = await load();
          // One message per state: a mark that found no table leaves the no-table message alone.
          if (!done || (now === 'noTable' && done === marking.current)) return;
          setNotice({ intent: 'success', message: done });
          if (focusNotice) setFocus('notice');
        },
        () => void run(),
      );
    return run();
  };
  const marking = useRef<UserMessage | null>(null);
  const both = (text: (l: Lang) => string): UserMessage => ({ id: text('id'), en: text('en') });

  const fix = (findings: readonly Finding[]): Promise<void> =>
    change(async () => {
      const n = await actions.fix(findings);
      return both((l) => fixedText(findings, n, l));
    });

  const saveOptions = (options: SavedOptions): Promise<void> =>
    change(
      async () => {
        await actions.saveOptions(options);
        return both((l) => TEXTS[l].saved);
      },
      { focusNotice: false },
    );

  const changeRole = (scan: TableScan, letter: string, role: ColumnRole): Promise<void> =>
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
      // The next step is to say which column is which.
      setOpen((o) => ({ ...o, section: 'columns' }));
      marking.current = both((l) => TEXTS[l].marked(address));
      return marking.current;
    });

  const unmark = (options: SavedOptions, sheet: string): Promise<void> =>
    change(async () => {
      const tables = { ...options.tables };
      delete tables[sheet];
      await actions.saveOptions({ ...options, tables });
      return both((l) => TEXTS[l].unmarked);
    });

  const restore = (choice?: 'keep' | 'delete'): Promise<void> => {
    setTyped(null);
    return change(async () => {
      const r = await actions.restore(choice);
      if (!('ask' in r)) return r;
      // Nothing was changed: the user says what becomes of the sheets holding their typing.
      setTyped(r.ask);
      setFocus('typed');
      return null;
    });
  };

  const run: Record<SuggestedAction, () => void> = {
    retry: () => lastWork.current(),
    reread: () => void load(),
    restore: () => void restore(),
  };
  const actionOf = (m: UserMessage): { label: string; run: () => void }[] =>
    m.action ? [{ label: t.actions[m.action], run: run[m.action] }] : [];

  const step = view.kind === 'generating' ? 1 : view.kind === 'done' ? 2 : 0;
  return (
    <>
      <Text as="h1" size={500} weight="semibold">
        {t.title}
      </Text>
      <StepStrip texts={t} current={step} />
      {notice && (
        <Notice
          intent={notice.intent}
          title={notice.intent === 'error' ? t.error : undefined}
          focusRef={noticeRef}
          actions={notice.intent === 'error' ? actionOf(notice.message) : []}
          onDismiss={() => setNotice(null)}
          closeLabel={t.close}
        >
          {say(notice.message)}
        </Notice>
      )}
      {typed && (
        <KeepTyped
          texts={t}
          sheets={typed}
          say={say}
          focusRef={typedRef}
          onKeep={() => void restore('keep')}
          onDelete={() => void restore('delete')}
          onCancel={() => setTyped(null)}
        />
      )}
      {pending && (
        <Notice
          intent="warning"
          title={t.pending(whenText(pending.at, lang))}
          onDismiss={() =>
            safely(async () => {
              await actions.dismissPending();
              setPending(null);
            })
          }
          closeLabel={t.dismiss}
        >
          {say(pending)}
        </Notice>
      )}
      {(reading || view.kind === 'loading') && (
        <Field label={reading ? t.reading : t.loading} role="status">
          <Progress />
        </Field>
      )}
      {view.kind === 'noTable' && (
        <>
          <Notice intent="warning" title={t.noTable}>
            {say(view.scan.message)}
          </Notice>
          {view.scan.tableSheets.length > 0 && (
            <div style={{ display: 'grid', gap: 4 }}>
              <Text>{t.tableElsewhere}</Text>
              <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
                {view.scan.tableSheets.map((name) => (
                  <Button
                    key={name}
                    appearance="primary"
                    onClick={() =>
                      safely(async () => {
                        await actions.openSheet(name);
                        await load();
                      })
                    }
                  >
                    {t.openSheet(name)}
                  </Button>
                ))}
              </div>
            </div>
          )}
          <MarkTable
            texts={t}
            busy={busy}
            onMark={() => void mark(view.scan.options)}
            primary={view.scan.tableSheets.length === 0}
          >
            <Button onClick={() => void load()} disabled={busy}>
              {t.retry}
            </Button>
          </MarkTable>
        </>
      )}
      {view.kind === 'error' && (
        <Notice intent="error" title={t.error} actions={[{ label: t.retry, run: () => void load() }]}>
          {say(view.message)}
        </Notice>
      )}
      {view.kind === 'ready' && (
        <TableView
          scan={view.scan}
          preview={preview}
          texts={t}
          lang={lang}
          busy={busy}
          open={open}
          onOpen={setOpen}
          onGenerate={() => void generate()}
          onSelect={(f) => safely(() => actions.selectCell(f.sheet, f.cell))}
          onFix={(f) => void fix(f)}
          onRole={(l, r) => void changeRole(view.scan, l, r)}
          onMark={() => void mark(view.scan.options)}
          onUnmark={
            view.scan.options.tables?.[view.scan.sheet]
              ? () => void unmark(view.scan.options, view.scan.sheet)
              : undefined
          }
          onSave={(o) => void saveOptions(o)}
        />
      )}
      {view.kind === 'generating' && (
        <Field label={`${t.generating} ${t.steps[view.step]}`} validationState="none">
          <Progress value={(STEPS.indexOf(view.step) + 1) / STEPS.length} />
        </Field>
      )}
      {view.kind === 'done' && (
        <>
          <Summary
            summary={view.summary}
            lang={lang}
            undo="kembalikan"
            headingRef={summaryRef}
            onOpenSheet={(name) => safely(() => actions.openSheet(name))}
            onSelectRow={(b) => safely(() => actions.selectCell(b.sheet, b.range))}
          />
          <Button onClick={() => void load()}>{t.backToFindings}</Button>
        </>
      )}
      {undo && view.kind !== 'generating' && view.kind !== 'loading' && (
        <section aria-label={t.restore} style={{ display: 'grid', gap: 6 }}>
          <Text as="h2" weight="semibold">
            {t.restore}
          </Text>
          {undoMore ? (
            <Text>
              {[
                t.undoNext(say(undo.what)),
                undo.created.length ? t.undoDeletes(undo.created) : '',
                undo.steps > 1 ? t.undoMore(undo.steps - 1) : '',
                t.undoKeeps,
              ]
                .filter(Boolean)
                .join(' ')}
            </Text>
          ) : (
            <Text>
              <span>{t.undoNext(say(undo.what))}</span>{' '}
              <Link as="button" onClick={() => setUndoMore(true)}>
                {t.more}
              </Link>
            </Text>
          )}
          <Button onClick={() => void restore()} disabled={busy}>
            {t.restoreButton}
          </Button>
        </section>
      )}
    </>
  );
}
