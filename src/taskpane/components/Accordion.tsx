import type { ReactElement } from 'react';
import {
  AccordionBaseProps,
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
import { forwardRef } from 'react';

/*
 * Fluent's Accordion and AccordionPanel recomposed from Fluent's own hooks, styles and render functions (Fluent
 * v9's documented way to customise a component), leaving out what the pane has no use for and cannot carry in
 * its 150 KB: arrow-key moves between headers (Accordion's deprecated `navigation`, which brings tabster's
 * mover, 14 KB gzip) and the panel's collapse animation (a closed panel is simply not drawn). AccordionItem,
 * AccordionHeader, their contexts, ARIA and styles are Fluent's, used as they are.
 */

export const Accordion = forwardRef<HTMLDivElement, AccordionBaseProps>(
  function Accordion(props, ref): ReactElement {
    const state: AccordionState = { ...useAccordionBase_unstable(props, ref), navigation: undefined };
    const contextValues = useAccordionContextValues_unstable(state);
    useAccordionStyles_unstable(state);
    return renderAccordion_unstable(state, contextValues);
  },
);

export const AccordionPanel = forwardRef<HTMLDivElement, AccordionPanelBaseProps>(
  function AccordionPanel(props, ref): ReactElement | null {
    const base = useAccordionPanelBase_unstable(props, ref);
    // No motion slot: the render function then draws the panel alone.
    const state: AccordionPanelState = {
      ...base,
      components: { ...base.components, collapseMotion: 'div' },
      collapseMotion: undefined,
    };
    useAccordionPanelStyles_unstable(state);
    return state.open ? renderAccordionPanel_unstable(state) : null;
  },
);

export { AccordionHeader, AccordionItem } from '@fluentui/react-accordion';
