import type { ReactElement, ReactNode } from 'react';

/** A collapsible section: native <details>, so keyboard and screen readers handle it with no script. */
export function Section({
  title,
  open,
  children,
}: {
  title: string;
  open?: boolean;
  children: ReactNode;
}): ReactElement {
  return (
    <details open={open} style={{ borderTop: '1px solid #e0e0e0', paddingTop: 6 }}>
      <summary style={{ cursor: 'pointer', fontWeight: 600, padding: '4px 0' }}>{title}</summary>
      <div style={{ paddingTop: 6 }}>{children}</div>
    </details>
  );
}

const INTENT = {
  success: { border: '#107c10', background: '#f1faf1' },
  warning: { border: '#bc4b09', background: '#fff9f5' },
  error: { border: '#c50f1f', background: '#fdf3f4' },
} as const;

/** A message box (status for success, alert for problems). */
export function Notice({
  intent,
  title,
  children,
}: {
  intent: keyof typeof INTENT;
  title?: string;
  children: ReactNode;
}): ReactElement {
  const c = INTENT[intent];
  return (
    <div
      role={intent === 'success' ? 'status' : 'alert'}
      style={{
        borderLeft: `4px solid ${c.border}`,
        background: c.background,
        padding: '8px 10px',
        borderRadius: 4,
      }}
    >
      {title && <div style={{ fontWeight: 600, marginBottom: 4 }}>{title}</div>}
      {children}
    </div>
  );
}
