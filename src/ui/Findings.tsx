import type { ReactElement } from 'react';
import { Badge, Button, Link, Text, tokens } from '@fluentui/react-components';
import { DiamondDismissFilled, InfoFilled, WarningFilled } from '@fluentui/react-icons';
import { useState } from 'react';
import { findingMessage } from '../core/i18n/messages';
import { Finding, Rule, Severity, SEVERITY_ORDER } from '../core/check/finding';
import { Accordion, AccordionSection } from './Accordion';
import { causeOf } from './causes';
import { notChecked } from './computable';
import { FIXABLE } from './fixes';
import { FINDINGS_TEXTS } from './findingsTexts';
import { describeFixes, willWrite } from './fixText';
import { Notice } from './Notice';

type Lang = 'id' | 'en';

/** Enough to act on; a 20,000-row table may have thousands in one group, drawn when asked for. */
const SHOWN = 100;

export interface FindingsProps {
  readonly findings: readonly Finding[];
  readonly lang: Lang;
  readonly busy: boolean;
  /** Why nothing could be computed: then no finding is no proof of a consistent table. */
  readonly nothing?: boolean;
  /** Where the host can show a cell (the pane selects it in the sheet); without it, the cell is named. */
  readonly onSelect?: (f: Finding) => void;
  /** Where the host can fix a cell in place (the pane); without it, no Perbaiki. */
  readonly onFix?: (f: readonly Finding[]) => void;
  /** Open groups, kept by a host that re-reads (the pane); null or absent: `firstOpen`. */
  readonly open?: readonly string[] | null;
  readonly onOpen?: (open: readonly string[]) => void;
  /** What is open before the user opens anything: the first group (a narrow pane) or every error group. */
  readonly firstOpen?: 'group' | 'errors';
}

/** The severity icons MessageBar uses too (one set of icons in the bundle), coloured from the theme. */
const SEVERITY_ICON: Readonly<Record<Severity, ReactElement>> = {
  error: <DiamondDismissFilled color={tokens.colorStatusDangerForeground1} />,
  warning: <WarningFilled color={tokens.colorStatusWarningForeground1} />,
  info: <InfoFilled color={tokens.colorBrandForeground1} />,
};

const BADGE: Readonly<Record<Severity, 'danger' | 'warning' | 'informative'>> = {
  error: 'danger',
  warning: 'warning',
  info: 'informative',
};

interface Group {
  readonly id: string;
  readonly severity: Severity;
  readonly rule: Rule;
  readonly findings: readonly Finding[];
}

/**
 * Findings by cause (the rule), what must be fixed first first: the most severe, then the most frequent. One
 * cause is one group, under the severity of its most severe finding: never listed once as Peringatan and
 * again as Info.
 */
export function groupsOf(findings: readonly Finding[]): Group[] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) groups.set(f.rule, [...(groups.get(f.rule) ?? []), f]);
  const worst = (fs: readonly Finding[]): Severity =>
    fs.reduce((s, f) => (SEVERITY_ORDER[f.severity] < SEVERITY_ORDER[s] ? f.severity : s), fs[0]!.severity);
  return [...groups]
    .map(([id, fs]) => ({ id, severity: worst(fs), rule: fs[0]!.rule, findings: fs }))
    .sort(
      (a, b) =>
        SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || b.findings.length - a.findings.length,
    );
}

/**
 * The findings, in the pane and on the web page alike: counts by severity, then one collapsible group per
 * cause with its plain-words heading. What a host can do with a finding comes as props: the pane selects its
 * cell and fixes it (saying what it will write, and asking once before fixing all); the web page names it.
 */
export function Findings(props: FindingsProps): ReactElement {
  const { findings, lang, onSelect, onFix, busy } = props;
  const t = FINDINGS_TEXTS[lang];
  const [asking, setAsking] = useState(false);
  const [ownOpen, setOwnOpen] = useState<readonly string[] | null>(null);
  const [all, setAll] = useState<readonly string[]>([]);
  if (findings.length === 0) return <Text>{props.nothing ? notChecked(lang) : t.noFindings}</Text>;
  const groups = groupsOf(findings);
  const fixable = onFix ? findings.filter((f) => FIXABLE.has(f.rule)) : [];
  const fixes = describeFixes(fixable, lang);
  const count = (s: Severity): number => findings.filter((f) => f.severity === s).length;
  const first =
    props.firstOpen === 'errors'
      ? groups.filter((g) => g.severity === 'error').map((g) => g.id)
      : groups.slice(0, 1).map((g) => g.id);
  const open = (props.onOpen ? props.open : ownOpen) ?? first;
  const setOpen = props.onOpen ?? setOwnOpen;
  return (
    <div style={{ display: 'grid', gap: 8 }}>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 6 }}>
        {/* A count of zero says nothing: only the severities there are. */}
        {(['error', 'warning', 'info'] as const)
          .filter((s) => count(s) > 0)
          .map((s) => (
            <Badge key={s} appearance="tint" color={BADGE[s]} icon={SEVERITY_ICON[s]}>
              {`${t.severity[s]} ${count(s)}`}
            </Badge>
          ))}
      </div>
      {onFix && fixable.length > 0 && !asking && (
        <Button disabled={busy} onClick={() => setAsking(true)}>
          {t.fixAllButton(fixes.cells)}
        </Button>
      )}
      {onFix && asking && (
        <Notice
          intent="warning"
          focusRef={(el) => el?.focus()}
          actions={[
            {
              label: t.fixAllYes(fixes.cells),
              run: () => {
                setAsking(false);
                onFix(fixable);
              },
            },
            { label: t.cancel, run: () => setAsking(false) },
          ]}
        >
          {fixes.text}
        </Notice>
      )}
      <Accordion multiple collapsible openItems={open} onToggle={(_, d) => setOpen(d.openItems.map(String))}>
        {groups.map((g) => {
          const shown = all.includes(g.id) ? g.findings : g.findings.slice(0, SHOWN);
          return (
            <AccordionSection
              key={g.id}
              value={g.id}
              as="h3"
              icon={SEVERITY_ICON[g.severity]}
              header={`${t.severity[g.severity]}: ${causeOf(g.rule, lang)} (${t.findings(g.findings.length)})`}
            >
              <ul aria-label={causeOf(g.rule, lang)} style={{ paddingLeft: 16, margin: 0 }}>
                {shown.map((f, i) => {
                  const message = findingMessage(f, lang);
                  return (
                    <li key={`${f.sheet}-${f.cell}`} style={{ marginBottom: 8 }}>
                      {onSelect ? (
                        <Link onClick={() => onSelect(f)} aria-label={`${f.sheet}!${f.range ?? f.cell}`}>
                          {f.range ?? f.cell}
                        </Link>
                      ) : (
                        <Text weight="semibold">{`${f.sheet}!${f.range ?? f.cell}`}</Text>
                      )}{' '}
                      <Text>{message}</Text>
                      {/* A grouped finding's count, unless its sentence says it already ("… di 31 sel …"). */}
                      {f.cells && f.cells.length > 1 && !message.includes(t.cells(f.cells.length)) && (
                        <Text size={200}>{` (${t.cells(f.cells.length)})`}</Text>
                      )}{' '}
                      {onFix && FIXABLE.has(f.rule) && (
                        <>
                          <Button
                            size="small"
                            disabled={busy}
                            onClick={() => onFix([f])}
                            aria-label={`${t.fix} ${f.range ?? f.cell}`}
                            aria-describedby={`fix-${g.id}-${i}`}
                          >
                            {t.fix}
                          </Button>{' '}
                          {/* What the click writes, said before it. */}
                          <Text size={200} id={`fix-${g.id}-${i}`}>
                            {`→ ${willWrite(f, lang, false)}`}
                          </Text>
                        </>
                      )}
                    </li>
                  );
                })}
              </ul>
              {shown.length < g.findings.length && (
                <Button onClick={() => setAll([...all, g.id])}>
                  {t.more(g.findings.length - shown.length)}
                </Button>
              )}
            </AccordionSection>
          );
        })}
      </Accordion>
    </div>
  );
}
