import { AnalysedTable, checkWorkbook, CheckResult, EngineOptions } from './engine';
import { planSource, SourceChanges, SourcePlan } from './plan/source';
import { Finding } from './check/finding';
import { notWrittenFinding } from './plan/guard';
import { EditPlan, SheetPlan } from './plan/types';
import { GeneratedSheets, planGeneratedSheets } from './sheets/generate';
import { SheetSnapshot } from './sheet/snapshot';

export interface GenerateResult extends CheckResult {
  readonly plan: EditPlan;
  readonly generated: GeneratedSheets['names'];
  readonly changes: readonly (SourceChanges & { readonly sheet: string; readonly range: string })[];
}

/** Checks, then plans the edits that make every capaian and total a live formula. */
export function generateWorkbook(
  sheets: readonly SheetSnapshot[],
  options: EngineOptions = {},
): GenerateResult {
  const checked = checkWorkbook(sheets, options);
  const bySheet = new Map<string, SheetPlan>();
  const sourcePlans = new Map<AnalysedTable, SourcePlan>();
  const changes: (SourceChanges & { sheet: string; range: string })[] = [];
  /** Cells a formula would have changed with no finding naming them, one finding per table. */
  const left: Finding[] = [];
  for (const t of checked.tables) {
    // An IKU list is read, not rewritten: its targets are linked as the office typed them.
    if (t.table.layout === 'rencana-kinerja') continue;
    if (options.focusSheet !== undefined && t.table.sheet !== options.focusSheet) continue;

    const source = planSource(t.cells, t.analysis, checked.settings, checked.findings);
    const unwritten = notWrittenFinding(source.unwritten, t.cells);
    if (unwritten) left.push(unwritten);
    sourcePlans.set(t, source);
    const prev = bySheet.get(t.table.sheet);
    // One table on the sheet (the usual case): its edits as they are, not copied.
    bySheet.set(t.table.sheet, {
      sheet: t.table.sheet,
      cells: prev ? [...(prev.cells ?? []), ...source.cells] : source.cells,
      conditionalFormats: prev
        ? [...(prev.conditionalFormats ?? []), ...source.conditionalFormats]
        : source.conditionalFormats,
    });
    changes.push({ ...source.changes, sheet: t.table.sheet, range: t.report.range });
  }
  const generated =
    options.generateSheets === false || checked.findings.some((f) => f.rule === 'no-table')
      ? { plans: [], names: {}, findings: [] }
      : planGeneratedSheets(sheets, checked, sourcePlans, options.sheets);
  return {
    ...checked,
    findings:
      generated.findings.length || left.length
        ? [...checked.findings, ...left, ...generated.findings]
        : checked.findings,
    plan: { sheets: [...bySheet.values(), ...generated.plans] },
    changes,
    generated: generated.names,
  };
}
