import type { ReactElement } from 'react';
import { Button, FluentProvider, Text, webLightTheme } from '@fluentui/react-components';
import { Progress } from '../ui/Progress';
import { useEffect, useMemo, useState } from 'react';
import { SavedOptions } from '../core/options';
import { ColumnRole } from '../core/table/roles';
import { TableMark } from '../core/table/parse';
import { Answer, EngineClient } from './client';
import { CheckView, GenerateView, Lang, Said, Step } from './protocol';
import { WEB_TEXTS } from './texts';
import { DropZone } from './components/DropZone';
import { Fold } from './components/Fold';
import { MarkForm } from './components/MarkForm';
import { Tables } from './components/Tables';
import { Settings } from '../ui/Settings';
import { Summary } from '../ui/Summary';
import { Findings } from '../ui/Findings';
import { BuildNote } from '../ui/BuildNote';
import { nothingToCompute } from '../ui/computable';

type Phase =
  | { readonly kind: 'empty' }
  | { readonly kind: 'working'; readonly step: Step; readonly steps: readonly Step[] }
  | { readonly kind: 'checked'; readonly view: CheckView }
  | { readonly kind: 'done'; readonly view: CheckView; readonly result: GenerateView; readonly url: string };

const OPENING: readonly Step[] = ['read', 'check'];
const BUILDING: readonly Step[] = ['read', 'plan', 'write'];

/** Hands the new workbook to the browser's download, named NAME-capaian.xlsx. */
function download(url: string, name: string): void {
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
}

/** The web mode: the add-in's checks and Buat Tabel Capaian on a dropped .xlsx, all in this browser. */
export function WebApp({ initialLang = 'id' }: { initialLang?: Lang }): ReactElement {
  const [lang, setLang] = useState<Lang>(initialLang);
  const t = WEB_TEXTS[lang];
  const client = useMemo(() => new EngineClient(), []);
  const [phase, setPhase] = useState<Phase>({ kind: 'empty' });
  const [last, setLast] = useState<CheckView | null>(null);
  const [error, setError] = useState<Said | null>(null);
  const [options, setOptions] = useState<SavedOptions>({});
  const busy = phase.kind === 'working';

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  // The previous download's bytes are let go when a new one replaces it.
  const url = phase.kind === 'done' ? phase.url : null;
  useEffect(() => () => void (url && URL.revokeObjectURL(url)), [url]);

  /** Runs one request on the worker; a refusal is one line and the page goes back to where it was. */
  const work = async <T,>(steps: readonly Step[], ask: (onStep: (s: Step) => void) => Promise<Answer<T>>) => {
    const before = phase.kind === 'done' ? { kind: 'checked' as const, view: phase.view } : phase;
    setError(null);
    setPhase({ kind: 'working', step: steps[0]!, steps });
    const answer = await ask((step) => setPhase({ kind: 'working', step, steps }));
    if (!answer.ok) {
      setError(answer.message);
      setPhase(before);
      return null;
    }
    return answer.view;
  };

  const shown = (view: CheckView): void => {
    setLast(view);
    setPhase({ kind: 'checked', view });
  };

  const open = async (file: File): Promise<void> => {
    const view = await work(OPENING, (onStep) => client.open(file, onStep));
    if (!view) return;
    setOptions(view.saved);
    shown(view);
  };

  const recheck = async (next: SavedOptions): Promise<void> => {
    setOptions(next);
    const view = await work(OPENING.slice(1), (onStep) => client.check(next, onStep));
    if (view) shown(view);
  };

  const build = async (view: CheckView): Promise<void> => {
    const result = await work(BUILDING, (onStep) => client.generate(options, lang, onStep));
    if (!result) return;
    const href = URL.createObjectURL(
      new Blob([result.bytes], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }),
    );
    setPhase({ kind: 'done', view, result, url: href });
    download(href, result.name);
  };

  const role = (sheet: string, letter: string, r: ColumnRole): Promise<void> =>
    recheck({ ...options, roles: { ...options.roles, [sheet]: { ...options.roles?.[sheet], [letter]: r } } });
  const mark = (sheet: string, m: TableMark): Promise<void> =>
    recheck({ ...options, tables: { ...options.tables, [sheet]: m } });
  const unmark = (): Promise<void> => recheck({ ...options, tables: {} });

  const view = phase.kind === 'checked' || phase.kind === 'done' ? phase.view : busy ? last : null;
  const rewritten = view?.tables.filter((x) => !x.reference) ?? [];
  const noTable = view?.findings.find((f) => f.rule === 'no-table');
  const main = rewritten[0];
  // Nothing to compute (no target/realisasi pair, no indicator): said, Peran kolom open, no main button yet.
  const nothing = main
    ? nothingToCompute(
        main.columns.map((c) => c.role),
        main.counts.indikator,
        lang,
      )
    : null;
  const done = phase.kind === 'done' ? phase : null;

  return (
    <FluentProvider theme={webLightTheme} className="web">
      <header className="web-head">
        <Text as="h1" size={600} weight="semibold">
          {t.title}
        </Text>
        <Button
          appearance="subtle"
          onClick={() => setLang(lang === 'id' ? 'en' : 'id')}
          lang={lang === 'id' ? 'en' : 'id'}
        >
          {t.switchLang}
        </Button>
      </header>
      <main className="web-main">
        <Text>{t.tagline}</Text>
        <Text size={200}>{t.privacy}</Text>
        <DropZone texts={t} busy={busy} onFile={(f) => void open(f)} compact={!!view} />
        {error && (
          <div role="alert" className="notice notice-error">
            {error[lang]}
          </div>
        )}
        {phase.kind === 'working' && (
          <div role="status" className="progress">
            <Text>{t.steps[phase.step]}</Text>
            <Progress
              aria-label={t.progress}
              value={(phase.steps.indexOf(phase.step) + 0.5) / phase.steps.length}
            />
          </div>
        )}
        {view && (
          <>
            <Text as="h2" size={500} weight="semibold">
              {view.file}
            </Text>
            {done && (
              <div role="status" className="done">
                <Text weight="semibold">{t.done}</Text>
                <Summary
                  summary={done.result.summary}
                  lang={lang}
                  undo="newFile"
                  primary={
                    <Button
                      appearance="primary"
                      size="large"
                      onClick={() => download(done.url, done.result.name)}
                    >
                      {t.download(done.result.name)}
                    </Button>
                  }
                />
              </div>
            )}
            {nothing && <div className="notice notice-warning">{nothing}</div>}
            {rewritten.length > 0 && (
              <div className="build">
                <Button
                  appearance={done || nothing ? 'secondary' : 'primary'}
                  size={done ? 'medium' : 'large'}
                  disabled={busy}
                  onClick={() => void build(view)}
                >
                  {done ? t.generateAgain : t.generate}
                </Button>
                {view.preview && !nothing && !done && (
                  <BuildNote preview={view.preview} lang={lang} undo="newFile" />
                )}
              </div>
            )}
            {noTable && (
              <div className="notice notice-warning">
                <Text weight="semibold">{t.noTable}</Text>
              </div>
            )}
            <Fold title={t.tables} open>
              <Tables
                tables={view.tables}
                texts={t}
                lang={lang}
                busy={busy}
                rolesOpen={!!nothing}
                onRole={(s, l, r) => void role(s, l, r)}
              />
              <Fold title={t.mark} open={!!noTable}>
                <MarkForm
                  texts={t}
                  example={view.markExample}
                  sheets={view.sheets}
                  sheet={rewritten[0]?.sheet ?? noTable?.sheet ?? view.sheets[0] ?? ''}
                  busy={busy}
                  onMark={(s, m) => void mark(s, m)}
                  onUnmark={Object.keys(options.tables ?? {}).length > 0 ? () => void unmark() : undefined}
                />
              </Fold>
            </Fold>
            <Fold
              title={
                done ? t.findingsOfOriginal(view.findings.length) : `${t.findings} (${view.findings.length})`
              }
              open
            >
              {done && <Text>{t.recomputed}</Text>}
              <Findings
                findings={view.findings}
                lang={lang}
                busy={busy}
                nothing={!!nothing}
                firstOpen="errors"
              />
            </Fold>
            <Fold title={t.settings}>
              <Settings
                key={`${view.file}-${lang}`}
                options={options}
                indicators={view.indicators}
                lang={lang}
                busy={busy}
                tableYear={view.year}
                tableDinas={view.dinas}
                otherSheets={view.sheets.filter((n) => n !== main?.sheet)}
                onSave={(o) => void recheck(o)}
              />
            </Fold>
          </>
        )}
      </main>
    </FluentProvider>
  );
}
