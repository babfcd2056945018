import type { ReactElement } from 'react';
import { Field, Text } from '@fluentui/react-components';
import { ColumnRole } from '../../core/table/roles';
import { RoleSelect } from '../../taskpane/components/RoleSelect';
import { Lang, TableView } from '../protocol';
import { WebTexts } from '../texts';
import { Fold } from './Fold';

export interface TablesProps {
  readonly tables: readonly TableView[];
  readonly texts: WebTexts;
  readonly lang: Lang;
  readonly busy: boolean;
  readonly onRole: (sheet: string, letter: string, role: ColumnRole) => void;
}

/** Each table found, and for the ones to be rewritten each column's role, why, and a choice to change it. */
export function Tables({ tables, texts, lang, busy, onRole }: TablesProps): ReactElement {
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
          <Fold key={`${t.sheet}!${t.range}`} title={texts.columns(t.sheet)}>
            <div className="columns">
              {t.columns.map((c) => (
                <Field
                  key={c.letter}
                  label={texts.column(c.letter, c.header)}
                  hint={`${texts.kinds[c.kind]} · ${c.reason[lang]}`}
                >
                  <RoleSelect
                    role={c.role}
                    lang={lang}
                    disabled={busy}
                    onChange={(r) => onRole(t.sheet, c.letter, r)}
                  />
                </Field>
              ))}
            </div>
          </Fold>
        ))}
    </>
  );
}
