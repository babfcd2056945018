import type { ReactElement, ReactNode } from 'react';
import {
  AccordionBaseProps,
  AccordionHeader,
  AccordionItem,
  AccordionPanelBaseProps,
  AccordionPanelState,
  AccordionState,
  renderAccordion_unstable,
  renderAccordionPanel_unstable,
  useAccordionBase_unstable,
  useAccordionContextValues_unstable,
  useAccordionPanelBase_unstable,
  useAccordionPanelStyles_unstable,
  useAccordionStyles_unstable,
} from '@fluentui/react-accordion';
import { forwardRef, useId } from 'react';

/*
 * Fluent's Accordion and AccordionPanel recomposed from Fluent's own hooks, styles and render functions (Fluent
 * v9's documented way to customise a component), leaving out what the pane has no use for and cannot carry in
 * its 150 KB: arrow-key moves between headers (Accordion's deprecated `navigation`, which brings tabster's
 * mover, 14 KB gzip) and the panel's collapse animation. AccordionItem, AccordionHeader, their contexts and
 * styles are Fluent's, used as they are.
 */

export const Accordion = forwardRef<HTMLDivElement, AccordionBaseProps>(
  function Accordion(props, ref): ReactElement {
    const state: AccordionState = { ...useAccordionBase_unstable(props, ref), navigation: undefined };
    const contextValues = useAccordionContextValues_unstable(state);
    useAccordionStyles_unstable(state);
    return renderAccordion_unstable(state, contextValues);
  },
);

/** A closed panel stays in the page, hidden and empty, so its header's aria-controls names an element. */
const AccordionPanel = forwardRef<HTMLDivElement, AccordionPanelBaseProps>(
  function AccordionPanel(props, ref): ReactElement {
    const base = useAccordionPanelBase_unstable(props, ref);
    // Closed: hidden and empty, which keeps it out of reach as the base hook's `inert` would (React 18 knows
    // no boolean `inert`). No motion slot: the render function then draws the panel alone.
    // A spread keeps the slot's own marker (a symbol key); the two keys go after it.
    const closed: typeof base.root & { inert?: boolean } = { ...base.root, hidden: true, children: null };
    delete closed.inert;
    delete closed.tabIndex;
    const state: AccordionPanelState = {
      ...base,
      root: base.open ? base.root : closed,
      components: { ...base.components, collapseMotion: 'div' },
      collapseMotion: undefined,
    };
    useAccordionPanelStyles_unstable(state);
    return renderAccordionPanel_unstable(state);
  },
);

export interface AccordionSectionProps {
  readonly value: string;
  /** The header's heading level: sections are h2, finding groups h3. */
  readonly as: 'h2' | 'h3';
  readonly header: ReactNode;
  readonly icon?: ReactElement;
  readonly expandIconPosition?: 'start' | 'end';
  readonly children: ReactNode;
}

/**
 * One item: its header button names the panel it opens (aria-controls), as the WAI-ARIA accordion pattern
 * asks; Fluent's header sets aria-expanded only.
 */
export function AccordionSection(p: AccordionSectionProps): ReactElement {
  const id = useId();
  return (
    <AccordionItem value={p.value}>
      <AccordionHeader
        as={p.as}
        icon={p.icon}
        expandIconPosition={p.expandIconPosition}
        button={{ 'aria-controls': id }}
      >
        {p.header}
      </AccordionHeader>
      <AccordionPanel id={id}>{p.children}</AccordionPanel>
    </AccordionItem>
  );
}
