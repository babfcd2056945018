import type { ReactElement } from 'react';
import { Text } from '@fluentui/react-components';
import { BuildPreview } from './preview';
import { changeLine, changeTail } from './words';

export interface BuildNoteProps {
  readonly preview: BuildPreview;
  readonly lang: 'id' | 'en';
  /** How the change is taken back: Kembalikan in Excel, or the original file the web page never touches. */
  readonly undo: 'kembalikan' | 'newFile';
  readonly id?: string;
}

/**
 * What Buat Tabel Capaian changes in the office's own sheet, under its button before the click and in the
 * summary after it: "124 nilai yang diketik di Realisasi 2022 menjadi rumus: kolom G, I, J, K (mis. K18
 * "35,10%" → 35,21%) 4 lembar baru (…) · Kembalikan membatalkannya".
 */
export function BuildNote({ preview, lang, undo, id }: BuildNoteProps): ReactElement {
  return (
    <Text size={200} id={id} block>
      {`${changeLine(preview, lang)} ${changeTail(preview, lang, undo)}.`}
    </Text>
  );
}
