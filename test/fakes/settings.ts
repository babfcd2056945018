/**
 * Office's document settings (Office.context.document.settings), as the reference describes them:
 * - each runtime (the ribbon's function file, the task pane) holds its own in-memory copy, loaded when it
 *   starts; get/set/remove touch only that copy;
 * - `saveAsync` writes the whole copy into the document, over what another runtime saved;
 * - `refreshAsync` reloads the copy from the document;
 * - "A maximum of 2MB is available for the settings of each add-in."
 * https://learn.microsoft.com/javascript/api/office/office.settings
 */
export const SETTINGS_LIMIT = 2 * 1024 * 1024;

/** What the document itself keeps: the last saved property bag, as JSON. */
export class DocumentSettings {
  stored = '{}';
}

export interface AsyncResult<T> {
  readonly status: 'succeeded' | 'failed';
  readonly value?: T;
  readonly error?: { readonly code: number; readonly message: string };
}

export class RuntimeSettings {
  private bag: Record<string, unknown>;
  constructor(private readonly doc: DocumentSettings) {
    this.bag = JSON.parse(doc.stored) as Record<string, unknown>;
  }

  get(name: string): unknown {
    return name in this.bag ? this.bag[name] : null;
  }

  set(name: string, value: unknown): void {
    this.bag[name] = JSON.parse(JSON.stringify(value ?? null)) as unknown;
  }

  remove(name: string): void {
    delete this.bag[name];
  }

  saveAsync(callback?: (r: AsyncResult<void>) => void): void {
    const json = JSON.stringify(this.bag);
    if (json.length > SETTINGS_LIMIT) {
      callback?.({
        status: 'failed',
        error: { code: 5001, message: 'The settings exceed the 2 MB available to an add-in.' },
      });
      return;
    }
    this.doc.stored = json;
    callback?.({ status: 'succeeded' });
  }

  refreshAsync(callback?: (r: AsyncResult<RuntimeSettings>) => void): void {
    this.bag = JSON.parse(this.doc.stored) as Record<string, unknown>;
    callback?.({ status: 'succeeded', value: this });
  }
}
