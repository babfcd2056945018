import { generateWorkbook } from '../core/generate';
import { Lang } from '../core/i18n/format';
import { rememberWritten } from '../core/sheets/typed';
import { Written } from '../core/sheets/written';
import { WorkbookContext } from './api';
import { optionsFor, refusal } from './preflight';
import { readWorkbook } from './read';

/**
 * For our sheets made before the record of what we wrote was kept (an older version of the add-in or the
 * CLI): what Buat Tabel Capaian would write into them now, in each language (a sheet made in the other
 * language is the same sheet), from the source table of the run Kembalikan undoes (whichever sheet is active),
 * options and signatories as the workbook holds them.
 * Where it matches a sheet it stands in for the record; none when no plan can be made now (no table).
 */
export async function writtenNow(
  context: WorkbookContext,
  lang: Lang,
  source: string | undefined,
): Promise<Written[]> {
  const read = await readWorkbook(context, {
    lang,
    engine: { sheets: { lang } },
    tables: true,
    focus: source,
  });
  const langs: Lang[] = lang === 'en' ? ['en', 'id'] : ['id', 'en'];
  return langs.flatMap((l) => {
    const result = generateWorkbook(read.sheets, optionsFor(read, { sheets: { lang: l } }));
    return refusal(result, read) ? [] : [rememberWritten({}, result.plan)];
  });
}
