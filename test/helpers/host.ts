import { asWorkbook } from '../../src/excel/api';
import { UserMessage } from '../../src/excel/errors';
import { AddinHost } from '../../src/office/host';
import { FakeExcel } from '../fakes/excel';

/**
 * An add-in host over the in-memory Excel: one runtime. Each call to `run` gets a fresh context, as each
 * Excel.run does. `dialogCode` makes the message dialog fail as Office's would (12007, 12009).
 */
export function fakeHost(
  excel: FakeExcel,
  lang: 'id' | 'en' = 'id',
): AddinHost & { messages: UserMessage[]; dialogCode: number | null } {
  const host = {
    lang,
    messages: [] as UserMessage[],
    dialogCode: null as number | null,
    run: <T>(fn: (context: ReturnType<typeof asWorkbook>) => Promise<T>) => fn(asWorkbook(excel.context())),
    showMessage: async (m: UserMessage) => {
      if (host.dialogCode !== null) return { shown: false, code: host.dialogCode };
      host.messages.push(m);
      return { shown: true };
    },
  };
  return host;
}
