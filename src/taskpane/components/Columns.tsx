import type { ReactElement } from 'react';
import { Field, Select } from '@fluentui/react-components';
import { roleLabel, SIMPLE_ROLE_KINDS } from '../../core/i18n/columns';
import { ColumnRole, SimpleRoleKind } from '../../core/table/roles';
import { Lang, Texts } from '../texts';

/** A role's name in the pane's language (the core's catalogue, shared with the CLI). */
export function roleName(role: ColumnRole, lang: Lang = 'id'): string {
  return roleLabel(role, lang);
}

export interface ColumnsProps {
  readonly columns: readonly { letter: string; header: string; role: ColumnRole }[];
  readonly texts: Texts;
  readonly onChange: (letter: string, role: ColumnRole) => void;
}

/** Each column's role as detected; the user may change it, and the choice is saved in the workbook. */
export function Columns({ columns, texts, onChange }: ColumnsProps): ReactElement {
  return (
    <div style={{ display: 'grid', gap: 6 }}>
      {columns.map((c) => (
        <Field key={c.letter} label={`${texts.columnLabel(c.letter)}: ${c.header || '—'}`}>
          {/* A native select (Fluent's Select): light, and right at the task pane's narrow width. */}
          <Select
            value={c.role.kind}
            onChange={(_, d) => onChange(c.letter, { kind: d.value as SimpleRoleKind })}
          >
            {c.role.kind === 'period' || c.role.kind === 'reference' ? (
              <option value={c.role.kind}>{roleName(c.role)}</option>
            ) : null}
            {SIMPLE_ROLE_KINDS.map((k) => (
              <option key={k} value={k}>
                {roleLabel({ kind: k }, 'id')}
              </option>
            ))}
          </Select>
        </Field>
      ))}
    </div>
  );
}
