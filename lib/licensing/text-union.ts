// Conditions and obligations arrive from many layers typed by different people: "Credit the
// creator" and "credit the creator " are the same duty and must be listed once.
export function textKey(text: string): string {
  return text.trim().replace(/\s+/g, " ").toLowerCase();
}

/** The union of the given texts in first-seen order, without blanks or duplicates (see `textKey`). */
export function unionTexts(...lists: ReadonlyArray<ReadonlyArray<string>>): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const list of lists) {
    for (const text of list) {
      const key = textKey(text);
      if (key === "" || seen.has(key)) continue;
      seen.add(key);
      result.push(text.trim());
    }
  }
  return result;
}
