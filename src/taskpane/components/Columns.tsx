import type { ReactElement } from 'react';
import { Button } from '@fluentui/react-components';
import { ColumnRole } from '../../core/table/roles';
import { ColumnRoles } from '../../ui/ColumnRoles';
import { ColumnView } from '../actions';
import { Lang, Texts } from '../texts';
import { MarkTable } from './MarkTable';

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
 * Each column's role as read, and why; the user may change a role or mark the table by hand, both saved in the
 * workbook.
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
      <ColumnRoles columns={columns} lang={lang} busy={busy} onChange={onChange} />
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
