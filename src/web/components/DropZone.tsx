import type { DragEvent, ReactElement } from 'react';
import { Button, Text } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import { WebTexts } from '../texts';

export interface DropZoneProps {
  readonly texts: WebTexts;
  readonly busy: boolean;
  readonly onFile: (file: File) => void;
  /** A file is open: the zone is one line, so the results stay in view. */
  readonly compact?: boolean;
}

/** Where a workbook comes in: dropped on the zone, or chosen with the button (the keyboard's way). */
export function DropZone({ texts, busy, onFile, compact = false }: DropZoneProps): ReactElement {
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const drop = (e: DragEvent<HTMLElement>): void => {
    e.preventDefault();
    setOver(false);
    const file = e.dataTransfer.files[0];
    if (file && !busy) onFile(file);
  };
  return (
    <section
      aria-label={texts.drop}
      className={`drop${compact ? ' drop-line' : ''}${over ? ' drop-over' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
    >
      <Text weight="semibold">{compact ? texts.dropAnother : texts.drop}</Text>
      {!compact && <Text>{texts.or}</Text>}
      <Button
        appearance={compact ? 'secondary' : 'primary'}
        disabled={busy}
        onClick={() => input.current?.click()}
      >
        {compact ? texts.pickAnother : texts.pick}
      </Button>
      <input
        ref={input}
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-label={texts.pick}
        hidden
        onChange={(e) => {
          const file = e.target.files?.[0];
          // The same file chosen again must come in again.
          e.target.value = '';
          if (file) onFile(file);
        }}
      />
    </section>
  );
}
