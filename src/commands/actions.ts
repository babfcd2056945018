import { restore } from '../excel/apply';
import { buatTabelCapaian, RunOptions, RunOutcome } from '../excel/run';
import { AddinHost, savedOptions, savedRestore, SETTING } from '../office/host';

/**
 * The ribbon's two one-click commands. Whatever happens the user is told: a message when it cannot be
 * done, and the Pengukuran Kinerja sheet in front of them when it is.
 */
export async function buatTabelCapaianCommand(
  host: AddinHost,
  onProgress?: RunOptions['onProgress'],
): Promise<RunOutcome> {
  const options = savedOptions(host.settings);
  const outcome = await host.run((context) =>
    buatTabelCapaian(context, { ...options, sheets: { ...options.sheets, lang: host.lang }, onProgress }),
  );
  // Kept also when the write failed half-way: Kembalikan must be able to undo what got through.
  if (outcome.restore) {
    host.settings.set(SETTING.restore, outcome.restore);
    await host.settings.save();
  }
  if (!outcome.ok) await host.showMessage(outcome.message);
  return outcome;
}

export async function kembalikanCommand(host: AddinHost): Promise<boolean> {
  const data = savedRestore(host.settings);
  if (!data) {
    await host.showMessage({
      id: 'Belum ada perubahan Buat Tabel Capaian yang dapat dikembalikan di workbook ini.',
      en: 'There is no Build Capaian Tables change to undo in this workbook.',
    });
    return false;
  }
  try {
    await host.run((context) => restore(context, data));
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    await host.showMessage({ id: `Tidak dapat mengembalikan: ${detail}`, en: `Could not undo: ${detail}` });
    return false;
  }
  host.settings.set(SETTING.restore, null);
  await host.settings.save();
  return true;
}
