import type { ReactElement } from 'react';
import { Field, Select } from '@fluentui/react-components';
import { ColumnRole, SimpleRoleKind } from '../../core/table/roles';
import { Texts } from '../texts';

const ROLE_NAMES: Readonly<Record<SimpleRoleKind, string>> = {
  no: 'No',
  nomor: 'Nomor urut',
  kode: 'Kode',
  sasaran: 'Sasaran',
  nama: 'Program/Kegiatan/Sub Kegiatan',
  indikator: 'Indikator',
  satuan: 'Satuan',
  polaritas: 'Polaritas',
  targetK: 'Target (K)',
  pagu: 'Pagu (Rp)',
  realisasiK: 'Realisasi (K)',
  realisasiRp: 'Realisasi (Rp)',
  capaianK: 'Capaian K (%)',
  capaianRp: 'Capaian Rp (%)',
  penanggungJawab: 'Penanggung jawab',
  keterangan: 'Keterangan',
  other: '—',
};

export function roleName(role: ColumnRole): string {
  if (role.kind === 'period')
    return `${role.of === 4 ? 'Triwulan' : 'Bulan'} ${role.index} (${role.measure})`;
  if (role.kind === 'reference')
    return `${role.source === 'renstra' ? 'Renstra' : 'Tahun lalu'}: ${role.measure}`;
  return ROLE_NAMES[role.kind];
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
            {(Object.keys(ROLE_NAMES) as SimpleRoleKind[]).map((k) => (
              <option key={k} value={k}>
                {ROLE_NAMES[k]}
              </option>
            ))}
          </Select>
        </Field>
      ))}
    </div>
  );
}
