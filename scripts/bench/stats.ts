/** Small statistics for the report. */

/** Nearest-rank percentile (p in 0..100) of the values; undefined when empty. */
export function percentile(values: readonly number[], p: number): number | undefined {
  if (!values.length) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

export const median = (values: readonly number[]) => percentile(values, 50);
export const max = (values: readonly number[]) => (values.length ? Math.max(...values) : undefined);

export function kb(bytes: number | undefined, digits = 1): string {
  return bytes === undefined ? 'n/a' : `${(bytes / 1024).toFixed(digits)} KB`;
}

export function ms(value: number | undefined): string {
  return value === undefined ? 'n/a' : `${Math.round(value)} ms`;
}

export function seconds(value: number | undefined, digits = 1): string {
  return value === undefined ? 'n/a' : `${value.toFixed(digits)} s`;
}
