import type { ReactElement } from 'react';
import { findingMessage } from '../../core/i18n/messages';
import { Button, Link, Text } from '@fluentui/react-components';
import { Section } from './Section';
import { Finding, Severity } from '../../core/check/finding';
import { cellsOf, FIXABLE } from '../actions';
import { Texts } from '../texts';

export interface FindingsProps {
  readonly findings: readonly Finding[];
  readonly lang: 'id' | 'en';
  readonly texts: Texts;
  readonly onSelect: (f: Finding) => void;
  readonly onFix: (f: readonly Finding[]) => void;
  readonly busy: boolean;
}

const ORDER: readonly Severity[] = ['error', 'warning', 'info'];

/** Findings grouped by severity; a click on the cell selects it in the sheet. */
export function Findings({ findings, lang, texts, onSelect, onFix, busy }: FindingsProps): ReactElement {
  if (findings.length === 0) return <Text>{texts.noFindings}</Text>;
  const fixable = findings.filter((f) => FIXABLE.has(f.rule));
  const fixableCells = fixable.reduce((n, f) => n + cellsOf(f).length, 0);
  return (
    <div>
      {fixable.length > 0 && (
        <Button appearance="primary" disabled={busy} onClick={() => onFix(fixable)}>
          {texts.fixAll(fixableCells)}
        </Button>
      )}
      <>
        {ORDER.map((severity) => {
          const group = findings.filter((f) => f.severity === severity);
          if (group.length === 0) return null;
          return (
            <Section
              key={severity}
              title={`${texts.severity[severity]} (${group.length})`}
              open={severity === 'error'}
            >
              <ul aria-label={texts.severity[severity]} style={{ paddingLeft: 16, margin: 0 }}>
                {group.map((f) => (
                  <li key={`${f.rule}-${f.sheet}-${f.cell}`} style={{ marginBottom: 8 }}>
                    <Link onClick={() => onSelect(f)} aria-label={`${f.sheet}!${f.range ?? f.cell}`}>
                      {f.range ?? f.cell}
                    </Link>{' '}
                    <Text>{findingMessage(f, lang)}</Text>{' '}
                    {FIXABLE.has(f.rule) && (
                      <Button
                        size="small"
                        disabled={busy}
                        onClick={() => onFix([f])}
                        aria-label={`${texts.fix} ${f.range ?? f.cell}`}
                      >
                        {texts.fix}
                      </Button>
                    )}
                    {f.cells && f.cells.length > 1 && (
                      <Section title={texts.cellsOf(f.cells.length)} open={false}>
                        <Text size={200}>{f.cells.join(', ')}</Text>
                      </Section>
                    )}
                  </li>
                ))}
              </ul>
            </Section>
          );
        })}
      </>
    </div>
  );
}
