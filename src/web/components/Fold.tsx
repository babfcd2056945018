import type { ReactElement, ReactNode } from 'react';

/** A part of the page that folds: native <details>, so keyboard and screen readers need no script. */
export function Fold({
  title,
  open,
  children,
}: {
  title: string;
  open?: boolean;
  children: ReactNode;
}): ReactElement {
  return (
    <details open={open} className="fold">
      <summary>{title}</summary>
      <div className="fold-body">{children}</div>
    </details>
  );
}
