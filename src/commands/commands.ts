import { officeErrorMessage } from '../excel/errors';
import { officeHost } from '../office/officeHost';
import { buatTabelCapaianCommand, kembalikanCommand, tell } from './actions';

/** Ribbon buttons (manifest FunctionName → handler). The engine runs here too: no task pane needed. */
export const COMMANDS = {
  buatTabelCapaian: buatTabelCapaianCommand,
  kembalikan: kembalikanCommand,
} as const;

Office.onReady(() => undefined);

// Registered at the top level, as the function-command reference does, so a click that comes before
// Office.onReady's callback still finds its handler.
for (const [name, command] of Object.entries(COMMANDS)) {
  Office.actions.associate(name, (event: Office.AddinCommands.Event) => {
    const host = officeHost();
    // Whatever fails, the user is told, and Office is told the command is over.
    command(host)
      .catch((e: unknown) => tell(host, officeErrorMessage(e)))
      .catch(() => undefined)
      .finally(() => event.completed());
  });
}
