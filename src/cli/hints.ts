import { Finding } from '../core/check/finding';
import { findingMessage } from '../core/i18n/messages';
import { Lang } from '../core/i18n/format';

/**
 * A finding as the CLI says it: the message everyone sees, then what to do with the CLI's own options. The pane
 * and the web page say what to do there in their own words, so these hints live here only.
 */
export function cliMessage(f: Finding, lang: Lang): string {
  const id = lang === 'id';
  const message = findingMessage(f, lang);
  switch (f.rule) {
    case 'no-table':
      return id
        ? `${message} Tunjukkan tabelnya dengan --header 'Lembar'!A4:K5 atau --table 'Lembar'!A4:K58 (di Excel: pilih baris judul tabel lalu tekan Tandai tabel), dan peran kolom dengan --role F=targetK.`
        : `${message} Point at the table with --header 'Sheet'!A4:K5 or --table 'Sheet'!A4:K58 (in Excel: select its header rows and press Tandai tabel), and at column roles with --role F=targetK.`;
    case 'ambiguous-columns':
      return `${message} (--role ${f.columns[0]}=${f.role})`;
    default:
      return message;
  }
}
