/** A stretch where two word sequences differ: what the first has that the second does not, and back. */
export interface Hunk {
  removed: string;
  added: string;
}

/** The differences between two word sequences, by longest common subsequence. */
export function wordDiff(before: readonly string[], after: readonly string[]): Hunk[] {
  const rows = before.length + 1;
  const cols = after.length + 1;
  // lengths[i * cols + j]: length of the common subsequence of before[i..] and after[j..].
  const lengths = new Uint32Array(rows * cols);
  for (let i = before.length - 1; i >= 0; i--) {
    for (let j = after.length - 1; j >= 0; j--) {
      lengths[i * cols + j] =
        before[i] === after[j] ? lengths[(i + 1) * cols + j + 1]! + 1 : Math.max(lengths[(i + 1) * cols + j]!, lengths[i * cols + j + 1]!);
    }
  }
  const hunks: Hunk[] = [];
  let removed: string[] = [];
  let added: string[] = [];
  const flush = () => {
    if (removed.length || added.length) hunks.push({ removed: removed.join(' '), added: added.join(' ') });
    removed = [];
    added = [];
  };
  let i = 0;
  let j = 0;
  while (i < before.length || j < after.length) {
    if (i < before.length && j < after.length && before[i] === after[j]) {
      flush();
      i++;
      j++;
    } else if (j >= after.length || (i < before.length && lengths[(i + 1) * cols + j]! >= lengths[i * cols + j + 1]!)) {
      removed.push(before[i++]!);
    } else {
      added.push(after[j++]!);
    }
  }
  flush();
  return hunks;
}
