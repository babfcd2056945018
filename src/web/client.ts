import { SavedOptions } from '../core/options';
import { CheckView, FromWorker, GenerateView, Lang, Said, Step, ToWorker } from './protocol';

/** What the worker answered: a view, or a message that says why not. */
export type Answer<T> =
  { readonly ok: true; readonly view: T } | { readonly ok: false; readonly message: Said };

/**
 * The page's side of the engine worker: one request at a time (the page is busy meanwhile), its steps
 * reported as they come.
 */
export class EngineClient {
  private readonly worker = new Worker('worker.js');

  private ask<T>(
    message: ToWorker,
    onStep: (step: Step) => void,
    transfer: Transferable[] = [],
  ): Promise<Answer<T>> {
    return new Promise((resolve) => {
      this.worker.onmessage = (e: MessageEvent<FromWorker>) => {
        const m = e.data;
        if (m.kind === 'progress') onStep(m.step);
        else if (m.kind === 'failed') resolve({ ok: false, message: m.message });
        else resolve({ ok: true, view: m.view as T });
      };
      this.worker.onerror = (e) =>
        resolve({
          ok: false,
          message: { id: `Kesalahan di pekerja: ${e.message}`, en: `Worker error: ${e.message}` },
        });
      this.worker.postMessage(message, transfer);
    });
  }

  open(file: File, onStep: (step: Step) => void): Promise<Answer<CheckView>> {
    return file
      .arrayBuffer()
      .then((bytes) => this.ask<CheckView>({ kind: 'open', name: file.name, bytes }, onStep, [bytes]));
  }

  check(options: SavedOptions, onStep: (step: Step) => void): Promise<Answer<CheckView>> {
    return this.ask({ kind: 'check', options }, onStep);
  }

  generate(options: SavedOptions, lang: Lang, onStep: (step: Step) => void): Promise<Answer<GenerateView>> {
    return this.ask({ kind: 'generate', options, lang }, onStep);
  }
}
