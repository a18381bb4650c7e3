/** Small statistics for the report. */

/** Nearest-rank percentile (p in 0..100) of the values; undefined when empty. */
export function percentile(values: readonly number[], p: number): number | undefined {
  if (!values.length) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export const median = (values: readonly number[]) => percentile(values, 50);

/** Least-squares line y = a + b x, with its coefficient of determination. */
export function fitLine(points: readonly { x: number; y: number }[]): { a: number; b: number; r2: number } | undefined {
  if (points.length < 2) return undefined;
  const mean = (f: (p: { x: number; y: number }) => number) => points.reduce((n, p) => n + f(p), 0) / points.length;
  const mx = mean((p) => p.x);
  const my = mean((p) => p.y);
  const b = mean((p) => (p.x - mx) * (p.y - my)) / mean((p) => (p.x - mx) ** 2);
  const a = my - b * mx;
  const residual = mean((p) => (p.y - a - b * p.x) ** 2);
  const total = mean((p) => (p.y - my) ** 2);
  return { a, b, r2: total ? 1 - residual / total : 1 };
}

export const kb = (bytes: number | undefined) => (bytes === undefined ? 'n/a' : `${(bytes / 1024).toFixed(1)} KB`);
export const ms = (value: number | undefined) => (value === undefined ? 'n/a' : `${Math.round(value)} ms`);
