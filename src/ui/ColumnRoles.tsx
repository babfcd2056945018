import type { ReactElement } from 'react';
import { Field } from '@fluentui/react-components';
import { ColumnKind } from '../core/table/columns';
import { ColumnRole } from '../core/table/roles';
import { RoleSelect } from './RoleSelect';

export interface ColumnRoleView {
  readonly letter: string;
  readonly header: string;
  readonly role: ColumnRole;
  readonly kind: ColumnKind;
  /** Why it was read so, in the page's language. */
  readonly reason: string;
}

const WORDS = {
  id: {
    column: (letter: string, header: string) => `Kolom ${letter}: ${header || '—'}`,
    kinds: { input: 'masukan', derived: 'turunan (ditulis rumus)', label: 'label' },
  },
  en: {
    column: (letter: string, header: string) => `Column ${letter}: ${header || '—'}`,
    kinds: { input: 'input', derived: 'derived (written as a formula)', label: 'label' },
  },
} as const;

/**
 * Each column's role as read, with its header once and why it was read so, and a choice to change it: the
 * task pane's Peran kolom and the web page's, one list.
 */
export function ColumnRoles({
  columns,
  lang,
  busy,
  onChange,
}: {
  columns: readonly ColumnRoleView[];
  lang: 'id' | 'en';
  busy: boolean;
  onChange: (letter: string, role: ColumnRole) => void;
}): ReactElement {
  const w = WORDS[lang];
  return (
    <div className="columns" style={{ display: 'grid', gap: 8 }}>
      {columns.map((c) => (
        <Field
          key={c.letter}
          label={w.column(c.letter, c.header)}
          hint={withoutHeader(w.kinds[c.kind], c.reason)}
        >
          <RoleSelect role={c.role} lang={lang} disabled={busy} onChange={(r) => onChange(c.letter, r)} />
        </Field>
      ))}
    </div>
  );
}

/**
 * A column's hint without its header said again: the label shows the header, so a reason that begins with it
 * (`judul "TARGET KINERJA" › "K"; nilai cocok …`) keeps what follows. Each header twice made Peran kolom
 * about 1,800 px tall at 320 px.
 */
function withoutHeader(kind: string, reason: string): string {
  const rest = reason.replace(/^(judul|header) ("[^"]*"( › )?)+(;|,)?\s*/, '');
  return rest ? `${kind} · ${rest}` : kind;
}
