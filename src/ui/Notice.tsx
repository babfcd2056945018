import type { ReactElement, ReactNode, Ref } from 'react';
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';

export interface NoticeProps {
  readonly intent: 'success' | 'warning' | 'error' | 'info';
  readonly title?: string;
  readonly children: ReactNode;
  /** The things to do about it ("Coba lagi", "Kembalikan"), as buttons; the first is the main one. */
  readonly actions?: readonly { readonly label: string; readonly run: () => void }[];
  /** Set when the user may close it; the close button is named by `closeLabel`. */
  readonly onDismiss?: () => void;
  readonly closeLabel?: string;
  /** Focus comes here after the action that raised it. */
  readonly focusRef?: Ref<HTMLDivElement>;
}

/**
 * A notice or an error as a Fluent MessageBar: its colours come from the theme (dark and high contrast too),
 * it says what to do as a button, and it can be closed.
 */
export function Notice({
  intent,
  title,
  children,
  actions = [],
  onDismiss,
  closeLabel,
  focusRef,
}: NoticeProps): ReactElement {
  return (
    <MessageBar
      intent={intent}
      layout="multiline"
      ref={focusRef}
      tabIndex={-1}
      politeness={intent === 'error' || intent === 'warning' ? 'assertive' : 'polite'}
    >
      <MessageBarBody>
        {title && <MessageBarTitle>{title}</MessageBarTitle>}
        {children}
      </MessageBarBody>
      {(actions.length > 0 || onDismiss) && (
        <MessageBarActions
          containerAction={
            onDismiss && (
              <Button
                appearance="transparent"
                icon={<DismissRegular />}
                aria-label={closeLabel}
                onClick={onDismiss}
              />
            )
          }
        >
          {actions.map((a) => (
            <Button key={a.label} onClick={a.run}>
              {a.label}
            </Button>
          ))}
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
