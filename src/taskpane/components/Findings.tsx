import type { ReactElement } from 'react';
import { Badge, Button, Link, Text, tokens } from '@fluentui/react-components';
import { DiamondDismissFilled, InfoFilled, WarningFilled } from '@fluentui/react-icons';
import { useState } from 'react';
import { findingMessage } from '../../core/i18n/messages';
import { Finding, Rule, Severity, SEVERITY_ORDER } from '../../core/check/finding';
import { FIXABLE } from '../../ui/fixes';
import { causeOf } from '../../ui/causes';
import { describeFixes, willWrite } from '../../ui/fixText';
import { Notice } from '../../ui/Notice';
import { Lang, Texts } from '../texts';
import { Accordion, AccordionSection } from './Accordion';

export interface FindingsProps {
  readonly findings: readonly Finding[];
  readonly lang: Lang;
  readonly texts: Texts;
  readonly onSelect: (f: Finding) => void;
  readonly onFix: (f: readonly Finding[]) => void;
  readonly busy: boolean;
  /** Open groups, kept by the pane so that a re-read does not close them; null: the first group. */
  readonly open: readonly string[] | null;
  readonly onOpen: (open: readonly string[]) => void;
}

/** The severity icons MessageBar uses too (one set of icons in the bundle), coloured from the theme. */
export const SEVERITY_ICON: Readonly<Record<Severity, ReactElement>> = {
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
 * Findings by cause (the rule), the most severe and most frequent first. One cause is one group, under the
 * severity of its most severe finding: never listed once as Peringatan and again as Info.
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
 * The findings: counts by severity, then one collapsible group per cause with its plain-words heading; a
 * click on a cell selects it in the sheet. "Perbaiki semua" says what it will change and asks once.
 */
export function Findings(props: FindingsProps): ReactElement {
  const { findings, lang, texts, onSelect, onFix, busy } = props;
  const [asking, setAsking] = useState(false);
  if (findings.length === 0) return <Text>{texts.noFindings}</Text>;
  const groups = groupsOf(findings);
  const fixable = findings.filter((f) => FIXABLE.has(f.rule));
  const fixes = describeFixes(fixable, lang);
  const count = (s: Severity): number => findings.filter((f) => f.severity === s).length;
  // Collapsed beyond the first group until the user opens one.
  const open = props.open ?? groups.slice(0, 1).map((g) => g.id);
  return (
    <div style={{ display: 'grid', gap: 8 }}>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 6 }}>
        {/* A count of zero says nothing: only the severities there are. */}
        {(['error', 'warning', 'info'] as const)
          .filter((s) => count(s) > 0)
          .map((s) => (
            <Badge key={s} appearance="tint" color={BADGE[s]} icon={SEVERITY_ICON[s]}>
              {`${texts.severity[s]} ${count(s)}`}
            </Badge>
          ))}
      </div>
      {fixable.length > 0 && !asking && (
        <Button disabled={busy} onClick={() => setAsking(true)}>
          {texts.fixAllButton(fixes.cells)}
        </Button>
      )}
      {asking && (
        <Notice
          intent="warning"
          focusRef={(el) => el?.focus()}
          actions={[
            {
              label: texts.fixAllYes(fixes.cells),
              run: () => {
                setAsking(false);
                onFix(fixable);
              },
            },
            { label: texts.cancel, run: () => setAsking(false) },
          ]}
        >
          {fixes.text}
        </Notice>
      )}
      <Accordion
        multiple
        collapsible
        openItems={open}
        onToggle={(_, d) => props.onOpen(d.openItems.map(String))}
      >
        {groups.map((g) => (
          <AccordionSection
            key={g.id}
            value={g.id}
            as="h3"
            icon={SEVERITY_ICON[g.severity]}
            header={`${texts.severity[g.severity]}: ${causeOf(g.rule, lang)} (${g.findings.length})`}
          >
            <ul aria-label={causeOf(g.rule, lang)} style={{ paddingLeft: 16, margin: 0 }}>
              {g.findings.map((f, i) => (
                <li key={`${f.sheet}-${f.cell}`} style={{ marginBottom: 8 }}>
                  <Link onClick={() => onSelect(f)} aria-label={`${f.sheet}!${f.range ?? f.cell}`}>
                    {f.range ?? f.cell}
                  </Link>{' '}
                  <Text>{findingMessage(f, lang)}</Text>{' '}
                  {FIXABLE.has(f.rule) && (
                    <>
                      <Button
                        size="small"
                        disabled={busy}
                        onClick={() => onFix([f])}
                        aria-label={`${texts.fix} ${f.range ?? f.cell}`}
                        aria-describedby={`fix-${g.id}-${i}`}
                      >
                        {texts.fix}
                      </Button>{' '}
                      {/* What the click writes, said before it. */}
                      <Text size={200} id={`fix-${g.id}-${i}`}>
                        {`→ ${willWrite(f, lang, false)}`}
                      </Text>
                    </>
                  )}
                </li>
              ))}
            </ul>
          </AccordionSection>
        ))}
      </Accordion>
    </div>
  );
}
