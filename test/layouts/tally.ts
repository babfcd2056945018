import type { Failure } from './checks';
import type { GeneratedLayout } from './truth';

interface Count {
  layouts: number;
  failed: number;
}

interface Cause {
  layouts: number;
  /** The first layout that failed this way, and where. */
  readonly example: { readonly layout: GeneratedLayout; readonly detail: string };
}

/** Failures counted per layout feature and per cause, so the engine's weak spots show. */
export class Tally {
  private layouts = 0;
  private failedLayouts = 0;
  private failures = 0;
  private readonly features = new Map<string, Count>();
  private readonly causes = new Map<string, Cause>();

  constructor(private readonly title: string) {}

  add(layout: GeneratedLayout, failures: readonly Failure[]): void {
    this.layouts++;
    this.failures += failures.length;
    if (failures.length) this.failedLayouts++;
    for (const f of layout.features) {
      const c = this.features.get(f) ?? { layouts: 0, failed: 0 };
      c.layouts++;
      if (failures.length) c.failed++;
      this.features.set(f, c);
    }
    const seen = new Set<string>();
    for (const f of failures) {
      if (seen.has(f.cause)) continue;
      seen.add(f.cause);
      const c = this.causes.get(f.cause);
      if (c) c.layouts++;
      else this.causes.set(f.cause, { layouts: 1, example: { layout, detail: f.detail } });
    }
  }

  get count(): { layouts: number; failedLayouts: number; failures: number } {
    return { layouts: this.layouts, failedLayouts: this.failedLayouts, failures: this.failures };
  }

  /** Causes by how many layouts they hit, each with its first example. */
  topCauses(n: number): { cause: string; layouts: number; example: Cause['example'] }[] {
    return [...this.causes.entries()]
      .map(([cause, c]) => ({ cause, layouts: c.layouts, example: c.example }))
      .sort((a, b) => b.layouts - a.layouts || a.cause.localeCompare(b.cause))
      .slice(0, n);
  }

  /** Features whose layouts fail most often (only features seen on enough layouts to mean something). */
  worstFeatures(
    n: number,
    minLayouts = 20,
  ): { feature: string; rate: number; failed: number; layouts: number }[] {
    return [...this.features.entries()]
      .filter(([, c]) => c.layouts >= minLayouts)
      .map(([feature, c]) => ({ feature, rate: c.failed / c.layouts, failed: c.failed, layouts: c.layouts }))
      .sort((a, b) => b.rate - a.rate || b.layouts - a.layouts)
      .slice(0, n);
  }

  report(headline: string): string {
    const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
    const lines = [`${this.title}: ${headline}`];
    if (this.failedLayouts === 0) return lines[0]!;
    lines.push('  top causes (layouts hit; first example):');
    for (const c of this.topCauses(12))
      lines.push(
        `    ${String(c.layouts).padStart(5)}  ${c.cause}  — #${c.example.layout.id} ${c.example.detail}`,
      );
    lines.push('  features failing most (failed/layouts):');
    for (const f of this.worstFeatures(20))
      lines.push(
        `    ${pct(f.rate).padStart(6)}  ${String(f.failed).padStart(4)}/${String(f.layouts).padEnd(4)}  ${f.feature}`,
      );
    return lines.join('\n');
  }
}
