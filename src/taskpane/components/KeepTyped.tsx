import type { ReactElement, Ref } from 'react';
import { Text } from '@fluentui/react-components';
import type { TypedSheet } from '../../excel/undo';
import { Notice } from '../../ui/Notice';
import { Texts } from '../texts';

export interface KeepTypedProps {
  readonly texts: Texts;
  readonly sheets: readonly TypedSheet[];
  readonly onKeep: () => void;
  readonly onDelete: () => void;
  readonly onCancel: () => void;
  readonly focusRef?: Ref<HTMLDivElement>;
}

/** Where the typing is, in a few cells ("E5, B151 …"). */
function where(cells: readonly string[]): string {
  return cells.length > 4 ? `${cells.slice(0, 4).join(', ')} …` : cells.join(', ');
}

/**
 * Before Kembalikan deletes our sheets: the ones holding what the user typed, named, with how many cells and an
 * example; keep them renamed (the first choice), delete them anyway, or cancel.
 */
export function KeepTyped({
  texts: t,
  sheets,
  onKeep,
  onDelete,
  onCancel,
  focusRef,
}: KeepTypedProps): ReactElement {
  return (
    <Notice
      intent="warning"
      title={t.typedTitle}
      focusRef={focusRef}
      actions={[
        { label: t.typedKeep(sheets.map((s) => s.keepAs)), run: onKeep },
        { label: t.typedDelete, run: onDelete },
        { label: t.cancel, run: onCancel },
      ]}
    >
      {sheets.map((s) => (
        <Text as="p" block key={s.sheet}>
          {t.typedSheet(s.sheet, s.cells.length, where(s.cells), s.texts[0] ?? '')}
        </Text>
      ))}
      <Text as="p" block>
        {t.typedKeepHint}
      </Text>
    </Notice>
  );
}
