import { execFile } from 'child_process';
import { existsSync } from 'fs';
import * as path from 'path';
import { promisify } from 'util';

const run = promisify(execFile);
const TOOL = path.join(__dirname, '..', 'ooxml', 'ooxml_validate.py');
const SCHEMAS = path.join(__dirname, '..', 'ooxml', 'xsd');

/** Debian's python3 (with python3-lxml): a pyenv or venv python3 first on PATH may lack lxml. */
function python(): string {
  return existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
}

/**
 * The errors Excel would repair, from ooxml_validate.py (the ECMA-376 schemas and Excel's load rules): one line
 * each. Never skipped: without python3-lxml it throws, and `.ci/run` installs it.
 */
export async function ooxmlErrors(file: string): Promise<string[]> {
  let stdout: string;
  try {
    ({ stdout } = await run(python(), [TOOL, file, SCHEMAS, '--quiet-warnings'], { maxBuffer: 64 << 20 }));
  } catch (e) {
    const failed = e as { code?: number; stdout?: string; stderr?: string };
    // Exit 1 is "errors found"; anything else is a broken tool or a missing lxml.
    if (failed.code !== 1 || !failed.stdout) {
      throw new Error(
        `ooxml_validate.py could not run (apt-get install python3-lxml): ${failed.stderr ?? e}`,
      );
    }
    stdout = failed.stdout;
  }
  if (!/ooxml: \d+ errors? in/.test(stdout)) throw new Error(`ooxml_validate.py said nothing: ${stdout}`);
  return stdout.split('\n').filter((l) => l.startsWith('ERROR'));
}
