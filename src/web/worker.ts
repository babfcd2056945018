/*
 * The web mode's engine, off the page's thread: a 20,000-row workbook is read, checked and written here
 * while the page stays responsive and shows the progress.
 */
import { WorkbookReadError } from '../xlsx/open';
import { FromWorker, Said, ToWorker } from './protocol';
import { Session } from './session';

/** The worker's global scope; the project's types are the page's (lib "DOM"), not "WebWorker". */
const scope = self as unknown as {
  onmessage: ((e: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: FromWorker, transfer?: Transferable[]): void;
};

let session: Session | null = null;

function failure(e: unknown): Said {
  if (e instanceof WorkbookReadError) {
    return { id: `${e.file}: ${e.said.id}`, en: `${e.file}: ${e.said.en}` };
  }
  const detail = e instanceof Error ? e.message : String(e);
  return { id: `Kesalahan tak terduga: ${detail}`, en: `Unexpected error: ${detail}` };
}

async function handle(message: ToWorker): Promise<void> {
  const say = (m: FromWorker, transfer?: Transferable[]): void => scope.postMessage(m, transfer);
  switch (message.kind) {
    case 'open': {
      say({ kind: 'progress', step: 'read' });
      // A file that cannot be read leaves the workbook before it open, as the page keeps showing it.
      session = await Session.open(message.name, new Uint8Array(message.bytes));
      say({ kind: 'progress', step: 'check' });
      say({ kind: 'checked', view: await session.check() });
      return;
    }
    case 'check':
      if (!session) throw new Error('no workbook');
      say({ kind: 'progress', step: 'check' });
      say({ kind: 'checked', view: await session.check(message.options) });
      return;
    case 'generate': {
      if (!session) throw new Error('no workbook');
      const view = await session.generate(message.options, message.lang, (step) =>
        say({ kind: 'progress', step }),
      );
      say({ kind: 'generated', view }, [view.bytes]);
      return;
    }
  }
}

scope.onmessage = (e) => {
  handle(e.data).catch((err: unknown) => scope.postMessage({ kind: 'failed', message: failure(err) }));
};
