import type { ReactElement, ReactNode } from 'react';
import { useEffect, useState } from 'react';

/**
 * A part of the page that folds: native <details>, so keyboard and screen readers need no script. `open` opens
 * it (when the page has something there to show); it never closes what the user, or the page, opened.
 */
export function Fold({
  title,
  open = false,
  children,
}: {
  title: string;
  open?: boolean;
  children: ReactNode;
}): ReactElement {
  const [shown, setShown] = useState(open);
  useEffect(() => {
    if (open) setShown(true);
  }, [open]);
  return (
    <details open={shown} className="fold" onToggle={(e) => setShown(e.currentTarget.open)}>
      <summary>{title}</summary>
      <div className="fold-body">{children}</div>
    </details>
  );
}
