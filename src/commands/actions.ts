import { AddinState } from '../core/sheets/state';
import { dialogMessage, officeErrorMessage, UserMessage } from '../excel/errors';
import { buatTabelCapaian, RunOptions, RunOutcome } from '../excel/run';
import { updateState } from '../excel/store';
import { kembalikan, UndoOutcome } from '../excel/undo';
import { undoSummary } from '../excel/undoText';
import { AddinHost } from '../office/host';

/**
 * How long a ribbon command waits for the user to close its message before it completes anyway (a host that
 * never reports the close, as Office on the Mac did in office-js #161, must not keep the command open).
 */
export const MESSAGE_WAIT_MS = 5 * 60_000;

const pause = (ms: number): Promise<void> =>
  new Promise((resolve) => {
    const t = setTimeout(resolve, ms);
    // Node (the tests) need not wait for it to exit.
    (t as { unref?: () => void }).unref?.();
  });

/**
 * Tells the user. When Office would not show the dialog (12007, 12009), the message is kept in the workbook
 * for the task pane to show, so it is never lost.
 */
export async function tell(host: AddinHost, message: UserMessage): Promise<void> {
  const shown = await host.showMessage(message);
  if (shown.shown) {
    // The command completes when the user has closed the message: completed() would close it unread.
    if (shown.closed) await Promise.race([shown.closed, pause(MESSAGE_WAIT_MS)]);
    return;
  }
  const note = dialogMessage(shown.code);
  try {
    await host.run((context) =>
      updateState(context, (s: AddinState) => ({
        ...s,
        message: {
          id: `${message.id} (${note.id})`,
          en: `${message.en} (${note.en})`,
          at: new Date().toISOString(),
        },
      })),
    );
  } catch {
    // The workbook cannot be written either (protected, closed): nothing more can be done.
  }
}

/**
 * The ribbon's two one-click commands. Whatever happens the user is told: a message when it cannot be done,
 * and the Pengukuran Kinerja sheet in front of them when it is.
 */
export async function buatTabelCapaianCommand(
  host: AddinHost,
  onProgress?: RunOptions['onProgress'],
): Promise<RunOutcome> {
  let outcome: RunOutcome;
  try {
    outcome = await host.run((context) =>
      buatTabelCapaian(context, { sheets: { lang: host.lang }, onProgress }),
    );
  } catch (e) {
    outcome = { ok: false, message: officeErrorMessage(e) };
  }
  if (!outcome.ok) await tell(host, outcome.message);
  return outcome;
}

export async function kembalikanCommand(host: AddinHost): Promise<UndoOutcome> {
  let outcome: UndoOutcome;
  try {
    // No pane to ask in: a sheet of ours holding what the user typed is kept renamed, and the summary says so.
    outcome = await host.run((context) => kembalikan(context, host.lang, 'keep'));
  } catch (e) {
    outcome = { ok: false, message: officeErrorMessage(e) };
  }
  await tell(host, outcome.ok ? undoSummary(outcome) : outcome.message);
  return outcome;
}
