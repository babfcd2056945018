import type { ReactElement } from 'react';
import { Select } from '@fluentui/react-components';
import { roleLabel, SIMPLE_ROLE_KINDS } from '../core/i18n/columns';
import { ColumnRole, SimpleRoleKind } from '../core/table/roles';

export interface RoleSelectProps {
  readonly role: ColumnRole;
  readonly lang: 'id' | 'en';
  readonly disabled: boolean;
  readonly onChange: (role: ColumnRole) => void;
}

/**
 * A column's role, changeable by the user (the task pane and the web mode). A period or reference role, read
 * from the header, is offered as it is; the user picks among the simple roles.
 */
export function RoleSelect({ role, lang, disabled, onChange }: RoleSelectProps): ReactElement {
  return (
    // A native select (Fluent's Select): light, and right at the task pane's narrow width.
    <Select
      value={role.kind}
      disabled={disabled}
      onChange={(_, d) => onChange({ kind: d.value as SimpleRoleKind })}
    >
      {(role.kind === 'period' || role.kind === 'progress' || role.kind === 'reference') && (
        <option value={role.kind}>{roleLabel(role, lang)}</option>
      )}
      {SIMPLE_ROLE_KINDS.map((k) => (
        <option key={k} value={k}>
          {roleLabel({ kind: k }, lang)}
        </option>
      ))}
    </Select>
  );
}
