import { asWorkbook } from '../../src/excel/api';
import { UserMessage } from '../../src/excel/errors';
import { AddinHost } from '../../src/office/host';
import { FakeExcel } from '../fakes/excel';

/** An add-in host over the in-memory Excel, with settings kept like Office's document settings. */
export function fakeHost(
  excel: FakeExcel,
  lang: 'id' | 'en' = 'id',
): AddinHost & { messages: UserMessage[]; stored: Map<string, unknown> } {
  const stored = new Map<string, unknown>();
  const messages: UserMessage[] = [];
  return {
    lang,
    messages,
    stored,
    run: (fn) => fn(asWorkbook(excel.context())),
    settings: {
      get: (k) => stored.get(k) ?? null,
      set: (k, v) => void stored.set(k, JSON.parse(JSON.stringify(v))),
      save: async () => undefined,
    },
    showMessage: async (m) => void messages.push(m),
  };
}
