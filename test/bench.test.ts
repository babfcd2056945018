import { execFileSync } from 'child_process';
import * as path from 'path';

const ROOT = path.join(__dirname, '..');

/** The bench harness runs (tiny sizes, no timing asserted: timings belong to `npm run bench`). */
test('npm run bench -- --smoke --json prints the figures in the documented shape', () => {
  execFileSync('npx', ['tsc', '-p', 'tsconfig.bench.json'], { cwd: ROOT });
  const out = execFileSync(process.execPath, ['.bench/bench/run.js', '--smoke', '--json'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  const json = JSON.parse(out) as {
    core: { rows: number; ms: number }[];
    excel: {
      rows: number;
      syncs: number;
      maxRequestBytes: number;
      maxResponseBytes: number;
      second: { syncs: number };
      stateChars: number;
      settingsBytes: number;
      naiveSyncs: number;
    }[];
    cli: { rows: number; ms: number; ioFloorMs: number };
    memory: { rows: number; peakMB: number; ioFloorPeakMB: number };
  };
  expect(json.core).toEqual([expect.objectContaining({ rows: 50, ms: expect.any(Number) })]);
  // Three reads and one write; the second run also reads our registry and our earlier rule (two more), beside
  // the naive adapter's sync per row; the largest response measured; nothing in document settings.
  expect(json.excel[0]).toMatchObject({ rows: 50, syncs: 4, second: { syncs: 6 }, settingsBytes: 0 });
  expect(json.excel[0]!.maxResponseBytes).toBeGreaterThan(0);
  expect(json.excel[0]!.stateChars).toBeGreaterThan(0);
  expect(json.excel[0]!.naiveSyncs).toBeGreaterThan(50);
  expect(json.cli).toMatchObject({ rows: 50, ms: expect.any(Number), ioFloorMs: expect.any(Number) });
  expect(json.memory.peakMB).toBeGreaterThan(0);
  expect(json.memory.ioFloorPeakMB).toBeGreaterThan(0);
});
