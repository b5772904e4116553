// Search by name and alias on 100,000 versions has to use an index. Every word of a version's
// names is stored with all its prefixes in an array column with a GIN index, and a query matches
// when each of its words is a prefix of some word of the version: "illus xl" finds
// "Illustrious XL", "sd 1.5" finds the alias "SD 1.5", "pony" finds "Pony Diffusion".

const MAX_WORD_LENGTH = 40;
const MAX_QUERY_WORDS = 8;

/** Lower-case words: letters and digits, split at everything else. */
export function searchWords(text: string): string[] {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)
    .map((word) => word.slice(0, MAX_WORD_LENGTH));
}

/** Every prefix of every word of the texts, plus each text with its separators removed ("sdxl", "ponyv6"). */
export function searchTermsFor(texts: readonly string[]): string[] {
  const terms = new Set<string>();
  for (const text of texts) {
    const words = searchWords(text);
    const joined = words.join("").slice(0, MAX_WORD_LENGTH);
    for (const word of words.length > 1 ? [...words, joined] : words) {
      for (let length = 1; length <= word.length; length += 1) terms.add(word.slice(0, length));
    }
  }
  return [...terms].sort();
}

/** The words a query must all match, at most MAX_QUERY_WORDS of them. */
export function queryTerms(query: string): string[] {
  return [...new Set(searchWords(query))].slice(0, MAX_QUERY_WORDS);
}
