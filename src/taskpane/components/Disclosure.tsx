import type { ReactElement, ReactNode } from 'react';
import { Button, tokens } from '@fluentui/react-components';
import { ChevronDownRegular, ChevronRightRegular } from '@fluentui/react-icons';
import { useId } from 'react';

export interface DisclosureProps {
  readonly title: ReactNode;
  readonly open: boolean;
  readonly onToggle: () => void;
  /** A heading level for the title (sections are h2, finding groups h3). */
  readonly level: 2 | 3;
  readonly icon?: ReactElement;
  readonly children: ReactNode;
}

/**
 * An accordion item: a heading with a button that shows or hides its panel (aria-expanded, aria-controls).
 * Fluent's Accordion does the same but brings its animation library, 23 KB gzip of the pane's 150 KB.
 * Whether it is open is the parent's, so a re-read of the workbook leaves it as the user had it.
 */
export function Disclosure({ title, open, onToggle, level, icon, children }: DisclosureProps): ReactElement {
  const id = useId();
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <div style={{ borderTop: `1px solid ${tokens.colorNeutralStroke2}` }}>
      <Heading style={{ margin: 0, fontSize: 'inherit' }}>
        <Button
          appearance="subtle"
          aria-expanded={open}
          aria-controls={id}
          icon={open ? <ChevronDownRegular /> : <ChevronRightRegular />}
          onClick={onToggle}
          style={{ width: '100%', justifyContent: 'flex-start', textAlign: 'left', fontWeight: 600, gap: 4 }}
        >
          {icon}
          {title}
        </Button>
      </Heading>
      <div id={id} hidden={!open} style={{ padding: '4px 0 8px' }}>
        {open && children}
      </div>
    </div>
  );
}
