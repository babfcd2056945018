import { rmSync, promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';

/** Folders made by this test file (or bench run), removed when it ends: a full run would otherwise leave ~650. */
const made: string[] = [];

function removeAll(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

// Jest's hook where there is one (a test file's folders go when the file ends); the process's exit for the bench.
const jestAfterAll = (globalThis as { afterAll?: (fn: () => void) => void }).afterAll;
if (jestAfterAll) jestAfterAll(removeAll);
process.once('exit', removeAll);

/** A new empty folder under the system's temporary folder, named `capaian-<what>-…`. */
export async function temporaryFolder(what: string): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), `capaian-${what}-`));
  made.push(dir);
  return dir;
}
