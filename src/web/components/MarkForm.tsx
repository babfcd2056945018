import type { ReactElement } from 'react';
import { Button, Field, Input } from '@fluentui/react-components';
import { useState } from 'react';
import { parseSheetRange } from '../../core/sheet/address';
import { TableMark } from '../../core/table/parse';
import { markOf } from '../../ui/fixes';
import { WebTexts } from '../texts';

export interface MarkFormProps {
  readonly texts: WebTexts;
  /** A range of this workbook, for the hint and the placeholder. */
  readonly example: string;
  readonly sheets: readonly string[];
  /** The sheet a range without a sheet name is on. */
  readonly sheet: string;
  readonly busy: boolean;
  readonly onMark: (sheet: string, mark: TableMark) => void;
  /** Set when a table is marked: forgets the mark. */
  readonly onUnmark?: () => void;
}

/**
 * "Tandai tabel" without a selection to take: the range typed takes it. Up to four rows are the header, more the
 * whole table, as a selection in the task pane.
 */
export function MarkForm({
  texts,
  example,
  sheets,
  sheet,
  busy,
  onMark,
  onUnmark,
}: MarkFormProps): ReactElement {
  const [text, setText] = useState('');
  const [bad, setBad] = useState(false);
  const mark = (): void => {
    const found = parseSheetRange(text);
    const on = found?.sheet ?? sheet;
    if (!found || !sheets.includes(on)) {
      setBad(true);
      return;
    }
    setBad(false);
    onMark(on, markOf(found.range));
  };
  return (
    <form
      className="mark"
      onSubmit={(e) => {
        e.preventDefault();
        mark();
      }}
    >
      <Field
        label={texts.markRange}
        hint={texts.markHint(example)}
        validationState={bad ? 'error' : 'none'}
        validationMessage={bad ? texts.markBad(text, example) : undefined}
      >
        <Input value={text} onChange={(_, d) => setText(d.value)} placeholder={example} />
      </Field>
      <div className="buttons">
        <Button type="submit" disabled={busy || text.trim() === ''}>
          {texts.mark}
        </Button>
        {onUnmark && (
          <Button onClick={onUnmark} disabled={busy}>
            {texts.unmark}
          </Button>
        )}
      </div>
    </form>
  );
}
