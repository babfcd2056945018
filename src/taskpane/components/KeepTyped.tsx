import type { ReactElement, Ref } from 'react';
import { Text } from '@fluentui/react-components';
import type { UserMessage } from '../../excel/errors';
import type { TypedSheet } from '../../excel/undo';
import { Notice } from '../../ui/Notice';
import { Texts } from '../texts';

export interface KeepTypedProps {
  readonly texts: Texts;
  readonly sheets: readonly TypedSheet[];
  /** A message in the pane's language. */
  readonly say: (m: UserMessage) => string;
  readonly onKeep: () => void;
  readonly onDelete: () => void;
  readonly onCancel: () => void;
  readonly focusRef?: Ref<HTMLDivElement>;
}

/**
 * Before Kembalikan deletes our sheets: the ones holding what the user typed (or, made by an older version,
 * that may hold it), named, with how many cells and an example; keep them renamed (the first choice), delete
 * them anyway, or cancel. The sentences come with the sheets, from Kembalikan (the pane's writing chunk).
 */
export function KeepTyped({
  texts: t,
  sheets,
  say,
  onKeep,
  onDelete,
  onCancel,
  focusRef,
}: KeepTypedProps): ReactElement {
  return (
    <Notice
      intent="warning"
      title={sheets.some((s) => s.older) ? t.olderTitle : t.typedTitle}
      focusRef={focusRef}
      actions={[
        { label: t.typedKeep(sheets.map((s) => s.keepAs)), run: onKeep },
        { label: t.typedDelete, run: onDelete },
        { label: t.cancel, run: onCancel },
      ]}
    >
      {sheets.map((s) => (
        <Text as="p" block key={s.sheet}>
          {say(s.said)}
        </Text>
      ))}
      <Text as="p" block>
        {t.typedKeepHint}
      </Text>
    </Notice>
  );
}
