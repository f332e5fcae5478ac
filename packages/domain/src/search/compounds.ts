/**
 * Swedish and Danish write compounds as one word ("sjukfrånvaro", "lønudbetaling"), and a register may say the same
 * thing in parts ("sjukanmälningar ... frånvaro", "utbetalning av lön"). A compound is split into words the
 * dictionary knows (the tenant's index vocabulary and the thesaurus), allowing the linking letters s/e/a/o/u
 * between parts ("arbets|miljö", "löne|utbetalning").
 */
const MIN_PART = 3;
const LINKING = new Set(['s', 'e', 'a', 'o', 'u']);

/**
 * The fewest known parts that make up the word, or undefined when it is no compound of known words. Among equally
 * few parts the split with the longest last part wins: the head of a Scandinavian compound is its last part.
 */
export function splitCompound(word: string, isKnown: (part: string) => boolean): string[] | undefined {
  if (word.length < MIN_PART * 2) return undefined;
  const n = word.length;
  // best[i]: the fewest-part split of word.slice(i), or null when none.
  const best = new Array<string[] | null>(n + 1).fill(null);
  best[n] = [];
  for (let i = n - MIN_PART; i >= 0; i--) {
    let chosen: string[] | null = null;
    // The whole word is no split of itself.
    for (let j = i === 0 ? n - MIN_PART : n; j >= i + MIN_PART; j--) {
      const rest = best[j];
      if (rest === null || rest === undefined) continue;
      const part = word.slice(i, j);
      let candidate: string[] | null = null;
      if (isKnown(part)) candidate = [part, ...rest];
      else if (part.length > MIN_PART && LINKING.has(part[part.length - 1]!) && isKnown(part.slice(0, -1)) && rest.length > 0)
        candidate = [part.slice(0, -1), ...rest];
      if (candidate && (!chosen || candidate.length < chosen.length)) chosen = candidate;
    }
    best[i] = chosen;
  }
  const split = best[0];
  return split && split.length >= 2 ? split : undefined;
}
