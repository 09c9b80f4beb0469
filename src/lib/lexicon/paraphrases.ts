/**
 * The paraphrase lexicon: pairs of English words that PPDB found translated
 * alike ("killed" / "died", "override" / "overrule", "quake" / "temblor"),
 * filtered against WordNet (scripts/build-paraphrases.ts; PPDB data CC BY
 * 3.0, attributed in the data file). Loaded once per process on first use.
 */
import { readFileSync } from 'node:fs';

// Read beside this module; the build's cache key covers files named this way (build/source-digest.ts).
const DATA = new URL('./data/paraphrases.txt', import.meta.url);

let index: Map<string, ReadonlySet<string>> | undefined;

function load(): Map<string, ReadonlySet<string>> {
  const map = new Map<string, ReadonlySet<string>>();
  for (const line of readFileSync(DATA, 'utf8').split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const [word, ...others] = line.split(' ');
    map.set(word!, new Set(others));
  }
  return map;
}

/** Whether two lowercase words are listed as paraphrases of each other. */
export function areParaphrases(a: string, b: string): boolean {
  index ??= load();
  return a !== b && (index.get(a)?.has(b) ?? false);
}
