import type { ReactElement } from 'react';
import { Button, Field, Input } from '@fluentui/react-components';
import { useState } from 'react';
import { parseSheetRange } from '../../core/sheet/address';
import { TableMark } from '../../core/table/parse';
import { markOf } from '../../taskpane/actions';
import { WebTexts } from '../texts';

export interface MarkFormProps {
  readonly texts: WebTexts;
  readonly sheets: readonly string[];
  /** The sheet a range without a sheet name is on. */
  readonly sheet: string;
  readonly busy: boolean;
  readonly onMark: (sheet: string, mark: TableMark) => void;
  /** Set when a table is marked: forgets the mark. */
  readonly onUnmark?: () => void;
}

/**
 * "Tandai tabel" without a selection to take: the range typed as the CLI's --header / --table takes it. Up to
 * four rows are the header, more the whole table, as a selection in the task pane.
 */
export function MarkForm({ texts, sheets, sheet, busy, onMark, onUnmark }: MarkFormProps): ReactElement {
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
        hint={texts.markHint}
        validationState={bad ? 'error' : 'none'}
        validationMessage={bad ? texts.markBad(text) : undefined}
      >
        <Input value={text} onChange={(_, d) => setText(d.value)} placeholder="'Realisasi 2022'!A4:K58" />
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
