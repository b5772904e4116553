/**
 * `compute` remembered for the last `maxEntries` distinct texts, the least recently used dropped
 * first. For pure functions of a text (markup written from JSON text): the same filter set asked
 * for again, by anyone, costs one map lookup.
 */
export function memoizeByText<T>(compute: (text: string) => T, maxEntries: number): (text: string) => T {
  const remembered = new Map<string, T>();
  return (text) => {
    if (remembered.has(text)) {
      const value = remembered.get(text)!;
      // Most recently used last: the oldest is the first in insertion order.
      remembered.delete(text);
      remembered.set(text, value);
      return value;
    }
    const value = compute(text);
    remembered.set(text, value);
    if (remembered.size > maxEntries) remembered.delete(remembered.keys().next().value!);
    return value;
  };
}
