import type { ReactElement } from 'react';
import { Button, Field } from '@fluentui/react-components';
import { ColumnRole } from '../../core/table/roles';
import { ColumnView } from '../actions';
import { Lang, Texts } from '../texts';
import { MarkTable } from './MarkTable';
import { RoleSelect } from './RoleSelect';

export interface ColumnsProps {
  readonly columns: readonly ColumnView[];
  readonly texts: Texts;
  readonly lang: Lang;
  readonly busy: boolean;
  readonly onChange: (letter: string, role: ColumnRole) => void;
  /** "Tandai tabel": the user selected the table's header rows (or the whole table). */
  readonly onMark: () => void;
  /** Set when the user marked this table: forgets the mark. */
  readonly onUnmark?: () => void;
}

/**
 * Each column's role as read, and why (header words, the numbers that confirmed them, the form's formula).
 * The user may change a role or mark the table by hand; both are saved in the workbook.
 */
export function Columns({
  columns,
  texts,
  lang,
  busy,
  onChange,
  onMark,
  onUnmark,
}: ColumnsProps): ReactElement {
  return (
    <div style={{ display: 'grid', gap: 8 }}>
      {columns.map((c) => (
        <Field
          key={c.letter}
          label={`${texts.columnLabel(c.letter)}: ${c.header || '—'}`}
          hint={`${texts.kinds[c.kind]} · ${c.reason}`}
        >
          <RoleSelect role={c.role} lang={lang} disabled={busy} onChange={(r) => onChange(c.letter, r)} />
        </Field>
      ))}
      <MarkTable texts={texts} busy={busy} onMark={onMark}>
        {onUnmark && (
          <Button onClick={onUnmark} disabled={busy}>
            {texts.unmark}
          </Button>
        )}
      </MarkTable>
    </div>
  );
}
