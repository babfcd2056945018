import type { ReactElement } from 'react';
import { Button, Field, Select } from '@fluentui/react-components';
import { roleLabel, SIMPLE_ROLE_KINDS } from '../../core/i18n/columns';
import { ColumnRole, SimpleRoleKind } from '../../core/table/roles';
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
          {/* A native select (Fluent's Select): light, and right at the task pane's narrow width. */}
          <Select
            value={c.role.kind}
            disabled={busy}
            onChange={(_, d) => onChange(c.letter, { kind: d.value as SimpleRoleKind })}
          >
            {c.role.kind === 'period' || c.role.kind === 'reference' ? (
              <option value={c.role.kind}>{roleLabel(c.role, lang)}</option>
            ) : null}
            {SIMPLE_ROLE_KINDS.map((k) => (
              <option key={k} value={k}>
                {roleLabel({ kind: k }, lang)}
              </option>
            ))}
          </Select>
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
