/**
 * Damerau–Levenshtein (optimal string alignment) distance, giving up as soon as it must exceed `max`: typo
 * tolerance only ever asks "within 1 or 2?", and bailing out early keeps a scan over the vocabulary cheap.
 */
export function withinDistance(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  if (a === b) return true;
  const n = b.length;
  let prevPrev = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_v, j) => j);
  let current = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min(prev[j]! + 1, current[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, prevPrev[j - 2]! + 1);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return false;
    [prevPrev, prev, current] = [prev, current, prevPrev];
  }
  return prev[n]! <= max;
}

/** The full optimal-string-alignment distance, for ranking "did you mean" candidates. */
export function editDistance(a: string, b: string): number {
  for (let max = 0; ; max++) if (withinDistance(a, b, max)) return max;
}
