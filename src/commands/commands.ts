import { officeErrorMessage } from '../excel/errors';
import { officeHost } from '../office/officeHost';
import { buatTabelCapaianCommand, kembalikanCommand } from './actions';

/** Ribbon buttons (manifest FunctionName → handler). The engine runs here too: no task pane needed. */
export const COMMANDS = {
  buatTabelCapaian: buatTabelCapaianCommand,
  kembalikan: kembalikanCommand,
} as const;

Office.onReady(() => {
  for (const [name, command] of Object.entries(COMMANDS)) {
    Office.actions.associate(name, (event: Office.AddinCommands.Event) => {
      const host = officeHost();
      // Whatever fails, the user is told, and Office is told the command is over.
      command(host)
        .catch((e: unknown) => host.showMessage(officeErrorMessage(e)))
        .catch(() => undefined)
        .finally(() => event.completed());
    });
  }
});
