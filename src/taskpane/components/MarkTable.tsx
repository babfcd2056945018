import type { ReactElement, ReactNode } from 'react';
import { Button, Text } from '@fluentui/react-components';
import { Texts } from '../texts';

export interface MarkTableProps {
  readonly texts: Texts;
  readonly busy: boolean;
  readonly onMark: () => void;
  /** Where no table was found marking is the next step: the main button, with a hint at full size. */
  readonly primary?: boolean;
  /** Buttons beside "Tandai tabel". */
  readonly children?: ReactNode;
}

/** "Tandai tabel": how to mark the table by hand, and its button. */
export function MarkTable({ texts, busy, onMark, primary = false, children }: MarkTableProps): ReactElement {
  return (
    <>
      <Text size={primary ? undefined : 200}>{texts.markHint}</Text>
      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
        <Button appearance={primary ? 'primary' : undefined} onClick={onMark} disabled={busy}>
          {texts.mark}
        </Button>
        {children}
      </div>
    </>
  );
}
