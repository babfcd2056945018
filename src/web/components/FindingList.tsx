import type { ReactElement } from 'react';
import { Button, Text } from '@fluentui/react-components';
import { useState } from 'react';
import { Finding, Severity } from '../../core/check/finding';
import { findingMessage } from '../../core/i18n/messages';
import { Lang } from '../protocol';
import { WebTexts } from '../texts';
import { Fold } from './Fold';
import { notChecked } from '../../ui/computable';

const ORDER: readonly Severity[] = ['error', 'warning', 'info'];
/** Enough to act on; a 20,000-row table may have thousands, drawn when asked for. */
const SHOWN = 100;

/** Findings by severity, one line per cause: many cells of one column for one reason are one finding. */
export function FindingList({
  findings,
  lang,
  texts,
  nothing,
}: {
  findings: readonly Finding[];
  lang: Lang;
  texts: WebTexts;
  /** Why nothing could be computed: then no finding is no proof of a consistent table. */
  nothing: boolean;
}): ReactElement {
  const [all, setAll] = useState<readonly Severity[]>([]);
  if (findings.length === 0) return <Text>{nothing ? notChecked(lang) : texts.noFindings}</Text>;
  return (
    <>
      {ORDER.map((severity) => {
        const group = findings.filter((f) => f.severity === severity);
        if (group.length === 0) return null;
        const name = `${texts.severity[severity]} (${group.length})`;
        return (
          <Fold key={severity} title={name} open={severity === 'error'}>
            <ul aria-label={name} className="findings">
              {(all.includes(severity) ? group : group.slice(0, SHOWN)).map((f) => (
                <li key={`${f.rule}-${f.sheet}-${f.cell}`}>
                  <Text weight="semibold">{`${f.sheet}!${f.range ?? f.cell}`}</Text>{' '}
                  <Text>{findingMessage(f, lang)}</Text>
                  {f.cells && f.cells.length > 1 && (
                    <Text size={200}>{` (${texts.cells(f.cells.length)})`}</Text>
                  )}
                </li>
              ))}
            </ul>
            {group.length > SHOWN && !all.includes(severity) && (
              <Button onClick={() => setAll([...all, severity])}>{texts.more(group.length - SHOWN)}</Button>
            )}
          </Fold>
        );
      })}
    </>
  );
}
