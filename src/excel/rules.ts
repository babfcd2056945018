import { isOurRule, OurRule } from '../core/sheets/state';
import { FoundConditionalFormat, WorkbookContext } from './api';

/** The conditional formats found where we put one of ours (ExcelApi 1.6). */
export interface RuleLookup {
  readonly rule: OurRule;
  readonly found: { readonly items: FoundConditionalFormat[] };
}

/** Queues, for each rule we recorded, a look at the conditional formats of its range. */
export function queueRuleLookups(
  context: WorkbookContext,
  rules: readonly OurRule[],
  sheets: readonly string[],
): RuleLookup[] {
  if (!context.supports(6)) return [];
  return rules
    .filter((rule) => sheets.includes(rule.sheet))
    .flatMap((rule) => {
      const found = context.workbook.worksheets.getItem(rule.sheet).getRange(rule.range).conditionalFormats;
      if (!found) return [];
      found.load('items/type');
      return [{ rule, found }];
    });
}

/**
 * After the lookups' sync: queues the formula of each custom rule found, and returns a function that, after
 * the next sync, gives the ones that are ours (a user's own rules are never among them).
 */
export function queueRuleDetails(lookups: readonly RuleLookup[]): () => FoundConditionalFormat[] {
  const candidates = lookups.flatMap(({ rule, found }) =>
    found.items
      .filter((item) => item.type === (rule.kind === 'expression' ? 'Custom' : 'DataBar'))
      .map((item) => {
        if (item.type === 'Custom') item.custom.rule.load('formula');
        return { rule, item };
      }),
  );
  return () => {
    const ours = candidates.filter(({ rule, item }) =>
      isOurRule(rule, { type: item.type, formula: item.type === 'Custom' ? item.custom.rule.formula : null }),
    );
    // Two recorded ranges can overlap: each rule is deleted once.
    return [...new Set(ours.map((o) => o.item))];
  };
}
