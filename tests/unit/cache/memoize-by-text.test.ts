import { describe, expect, it } from "vitest";
import { memoizeByText } from "@/lib/cache/memoize-by-text";

describe("memoizeByText", () => {
  it("computes a text's value once and answers it again from memory", () => {
    const computed: string[] = [];
    const upper = memoizeByText((text) => {
      computed.push(text);
      return text.toUpperCase();
    }, 10);
    expect(upper("a")).toBe("A");
    expect(upper("b")).toBe("B");
    expect(upper("a")).toBe("A");
    expect(computed).toEqual(["a", "b"]);
  });

  it("keeps at most maxEntries texts, dropping the least recently used", () => {
    const computed: string[] = [];
    const remember = memoizeByText((text) => {
      computed.push(text);
      return text.length;
    }, 2);
    remember("a");
    remember("bb");
    remember("a"); // now "bb" is the least recently used
    remember("ccc"); // drops "bb"
    remember("a");
    remember("bb"); // computed again; drops "ccc"
    remember("ccc"); // computed again
    expect(computed).toEqual(["a", "bb", "ccc", "bb", "ccc"]);
  });
});
