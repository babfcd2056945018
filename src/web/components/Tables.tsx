import type { ReactElement } from 'react';
import { Text } from '@fluentui/react-components';
import { ColumnRole } from '../../core/table/roles';
import { ColumnRoles } from '../../ui/ColumnRoles';
import { Lang, TableView } from '../protocol';
import { WebTexts } from '../texts';
import { Fold } from './Fold';

export interface TablesProps {
  readonly tables: readonly TableView[];
  readonly texts: WebTexts;
  readonly lang: Lang;
  readonly busy: boolean;
  /** Open the roles: nothing can be computed until they are set. */
  readonly rolesOpen: boolean;
  readonly onRole: (sheet: string, letter: string, role: ColumnRole) => void;
}

/** Each table found, and for the ones to be rewritten each column's role, why, and a choice to change it. */
export function Tables({ tables, texts, lang, busy, rolesOpen, onRole }: TablesProps): ReactElement {
  return (
    <>
      <ul aria-label={texts.tables} className="tables">
        {tables.map((t) => (
          <li key={`${t.sheet}!${t.range}`}>
            <Text weight="semibold">{`${t.sheet}!${t.range}`}</Text>{' '}
            <Text>{t.reference ? texts.reference : texts.counts(t.counts)}</Text>
          </li>
        ))}
      </ul>
      {tables
        .filter((t) => !t.reference)
        .map((t) => (
          <Fold key={`${t.sheet}!${t.range}`} title={texts.rolesOf(t.sheet)} open={rolesOpen}>
            <ColumnRoles
              columns={t.columns.map((c) => ({ ...c, reason: c.reason[lang] }))}
              lang={lang}
              busy={busy}
              onChange={(letter, r) => onRole(t.sheet, letter, r)}
            />
          </Fold>
        ))}
    </>
  );
}
