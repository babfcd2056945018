import { createHash } from 'crypto';
import { promises as fs } from 'fs';
import * as path from 'path';
import { temporaryFolder } from './tmp';

/** The shared Binjai fixture, copied into the repo as the bundled sample. */
export const FIXTURE = path.join(__dirname, '..', '..', 'assets', 'sample', 'binjai-dp3am-2022.xlsx');
export const SHEET = 'Realisasi 2022';

/** The sample's real errors, in the order they are listed: six cells and column J's one finding. */
export const SAMPLE_ERRORS = ['G7', 'I7', 'J9:J57', 'G17', 'I17', 'K18', 'G58'] as const;

/**
 * The sample after Buat Tabel Capaian in the task pane: its sheets, the one in front, and cells a user checks
 * (K18's capaian now computed, G58's total now the sum of its programs, the Perjanjian Kinerja's title).
 */
export const SAMPLE_AFTER_RUN = {
  sheets: [
    SHEET,
    'Rencana Kinerja 2022',
    '_CapaianKinerja',
    'Perjanjian Kinerja',
    'Pengukuran Kinerja',
    'Ringkasan Capaian',
    'Narasi',
  ],
  active: 'Pengukuran Kinerja',
  k18: '=IF(AND(ISNUMBER(G18),ISNUMBER(I18),G18<>0),I18/G18,"")',
  g58: '=SUM(G7,G28,G31,G36,G39,G42,G46,G53)',
  pk: 'PERJANJIAN KINERJA TAHUN 2022',
};

export async function tempDir(): Promise<string> {
  return temporaryFolder('test');
}

export async function sha256(file: string): Promise<string> {
  return createHash('sha256')
    .update(await fs.readFile(file))
    .digest('hex');
}
