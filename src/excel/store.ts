import { AddinState, withState } from '../core/sheets/state';
import { WorkbookContext } from './api';
import { applyPlan } from './apply';
import { protectionMessage, UserMessage } from './errors';
import { readWorkbook } from './read';
import { REGISTRY_SHEET } from '../core/sheets/registry';

/**
 * Changes the state in the registry sheet (made hidden when the workbook has none yet). It is read right
 * before, in the same batch context, so what another runtime saved (the ribbon's undo data, say) stays.
 */
export async function updateState(
  context: WorkbookContext,
  change: (state: AddinState) => AddinState,
): Promise<{ ok: true; state: AddinState } | { ok: false; message: UserMessage }> {
  const read = await readWorkbook(context, { sheets: false });
  const exists = read.names.includes(REGISTRY_SHEET);
  if (!exists && read.workbookProtected) return { ok: false, message: protectionMessage({ workbook: true }) };
  const state = change(read.state);
  await applyPlan(context, withState({ sheets: [] }, read.registry, state), read.names, {
    read,
  });
  return { ok: true, state };
}
