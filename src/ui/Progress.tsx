import type { ReactElement } from 'react';
import { tokens, useFieldContext_unstable } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';

export interface ProgressProps {
  /** 0 to 1; absent: work of unknown length (the bar slides). */
  readonly value?: number;
  readonly thickness?: 'medium' | 'large';
  readonly 'aria-label'?: string;
}

/**
 * Fluent's ProgressBar as Fluent draws it (its tokens, sizes and ARIA, labelled by its Field), with the
 * indeterminate slide run by the Web Animations API. Fluent's own brings its motion library for that one
 * slide: 3.5 KB gzip of the pane's first script, which must stay within 160 KB.
 */
export function Progress({ value, thickness = 'medium', ...aria }: ProgressProps): ReactElement {
  const field = useFieldContext_unstable();
  const bar = useRef<HTMLDivElement>(null);
  const sliding = value === undefined;
  useEffect(() => {
    const el = bar.current;
    if (!sliding || !el?.animate) return;
    // Reduced motion: the bar pulses where it is, as Fluent's does.
    const still = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    const animation = el.animate(
      still
        ? [{ opacity: 0.2 }, { opacity: 1 }, { opacity: 0.2 }]
        : [{ transform: 'translateX(-100%)' }, { transform: 'translateX(300%)' }],
      { duration: 3000, iterations: Infinity, easing: 'linear' },
    );
    return () => animation.cancel();
  }, [sliding]);
  const v = sliding ? undefined : Math.min(1, Math.max(0, value));
  return (
    <div
      role="progressbar"
      aria-valuemin={v === undefined ? undefined : 0}
      aria-valuemax={v === undefined ? undefined : 1}
      aria-valuenow={v}
      aria-labelledby={field?.labelId}
      aria-label={aria['aria-label']}
      style={{
        width: '100%',
        overflow: 'hidden',
        height: thickness === 'large' ? 4 : 2,
        borderRadius: tokens.borderRadiusMedium,
        backgroundColor: tokens.colorNeutralBackground6,
        // High contrast keeps the theme's two colours: a bar the system recolours to its background is no bar.
        forcedColorAdjust: 'none',
      }}
    >
      <div
        ref={bar}
        style={{
          height: '100%',
          borderRadius: 'inherit',
          backgroundColor: tokens.colorCompoundBrandBackground,
          width: v === undefined ? '33%' : `${v * 100}%`,
          transition: v !== undefined && v > 0.01 ? 'width 0.3s ease' : undefined,
        }}
      />
    </div>
  );
}
