/** The findings list's words, the same in the pane and on the web page: Bahasa Indonesia, then English. */
export const FINDINGS_TEXTS = {
  id: {
    noFindings: 'Tidak ada temuan: tabel konsisten.',
    severity: { error: 'Kesalahan', warning: 'Peringatan', info: 'Info' },
    fix: 'Perbaiki',
    fixAllButton: (n: number) => `Perbaiki ${n} sel yang aman…`,
    fixAllYes: (n: number) => `Ya, perbaiki ${n} sel`,
    cancel: 'Batal',
    cells: (n: number) => `${n} sel`,
    findings: (n: number) => `${n} temuan`,
    more: (n: number) => `Tampilkan ${n} temuan lainnya`,
  },
  en: {
    noFindings: 'No findings: the table is consistent.',
    severity: { error: 'Errors', warning: 'Warnings', info: 'Info' },
    fix: 'Fix',
    fixAllButton: (n: number) => `Fix ${n} safe cells…`,
    fixAllYes: (n: number) => `Yes, fix ${n} cells`,
    cancel: 'Cancel',
    cells: (n: number) => `${n} cells`,
    findings: (n: number) => (n === 1 ? '1 finding' : `${n} findings`),
    more: (n: number) => `Show ${n} more findings`,
  },
} as const;
