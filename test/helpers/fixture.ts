import { createHash } from 'crypto';
import { promises as fs } from 'fs';
import * as path from 'path';
import { temporaryFolder } from './tmp';

/** The shared Binjai fixture, copied into the repo as the bundled sample. */
export const FIXTURE = path.join(__dirname, '..', '..', 'assets', 'sample', 'binjai-dp3am-2022.xlsx');
export const SHEET = 'Realisasi 2022';

/** The sample's real errors, in the order they are listed: six cells and column J's one finding. */
export const SAMPLE_ERRORS = ['G7', 'I7', 'J9:J57', 'G17', 'I17', 'K18', 'G58'] as const;

export async function tempDir(): Promise<string> {
  return temporaryFolder('test');
}

export async function sha256(file: string): Promise<string> {
  return createHash('sha256')
    .update(await fs.readFile(file))
    .digest('hex');
}
