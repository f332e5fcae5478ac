/** p-th percentile (0–100) of durations in milliseconds, nearest-rank. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? 0;
}

export function ms(value: number): string {
  return `${value.toFixed(2)} ms`;
}
