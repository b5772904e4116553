import { describe, expect, it } from "vitest";
import { CatalogCache } from "@/lib/server/catalog/catalog-cache";

// The cache's rules against a scripted catalogue clock: the database's epoch and now(), and the
// earliest future instant the window query would find. No real time passes.

function scripted(options: { maxEntries?: number; maxBytes?: number } = {}) {
  const state = { epoch: 1n, dbNow: 1_000, processNow: 1_000, nextInstant: 5_000 as number | null, windowReads: 0 };
  const cache = new CatalogCache({
    readClock: async () => ({ epoch: String(state.epoch), now: new Date(state.dbNow) }),
    readWindow: async () => {
      state.windowReads += 1;
      return { epoch: String(state.epoch), now: new Date(state.dbNow), nextInstant: state.nextInstant === null ? null : new Date(state.nextInstant) };
    },
    maxEntries: options.maxEntries ?? 10,
    maxBytes: options.maxBytes ?? 1_000,
    now: () => state.processNow,
  });
  let loads = 0;
  const read = (key: string, bytes = 10) =>
    cache.read(
      key,
      async () => {
        loads += 1;
        return `${key}#${loads}`;
      },
      () => bytes,
    );
  return { cache, state, read, loads: () => loads };
}

describe("the catalogue cache", () => {
  it("serves a stored result while the epoch and the window hold", async () => {
    const { read, loads, state } = scripted();
    expect(await read("a")).toBe("a#1");
    expect(await read("a")).toBe("a#1");
    expect(await read("b")).toBe("b#2");
    expect(loads()).toBe(2);
    expect(state.windowReads).toBe(1);
  });

  it("drops every result when another instance commits a change (a new epoch)", async () => {
    const { read, state, cache } = scripted();
    await read("a");
    state.epoch += 1n;
    expect(await read("a")).toBe("a#2");
    expect(await read("a")).toBe("a#2");
    expect(cache.stats()).toMatchObject({ epoch: "2", entries: 1, generations: 2 });
  });

  it("serves nothing from a window once either clock reaches its next instant", async () => {
    const { read, state } = scripted();
    await read("a");
    state.dbNow = 5_000;
    state.nextInstant = 9_000;
    expect(await read("a")).toBe("a#2");
    // The process's clock ahead of the database's ends the window too.
    state.processNow = 9_000;
    state.nextInstant = 20_000;
    expect(await read("a")).toBe("a#3");
    expect(await read("a")).toBe("a#3");
  });

  it("keeps results with no future instant until the epoch changes", async () => {
    const { read, state } = scripted();
    state.nextInstant = null;
    await read("a");
    state.dbNow = state.processNow = 10 ** 12;
    expect(await read("a")).toBe("a#1");
  });

  it("does not store a result under an epoch older than the current window's", async () => {
    const { read, state, cache } = scripted();
    state.epoch = 3n;
    await read("a");
    // A request that read epoch 2 before a commit, answered after the window moved to 3.
    state.epoch = 2n;
    expect(await read("b")).toBe("b#2");
    state.epoch = 3n;
    expect(await read("b")).toBe("b#3");
    expect(cache.stats().epoch).toBe("3");
  });

  it("evicts the least recently used entries beyond its bounds", async () => {
    const { read, cache } = scripted({ maxEntries: 2, maxBytes: 100 });
    await read("a");
    await read("b");
    await read("a");
    await read("c");
    expect(cache.stats().entries).toBe(2);
    expect(await read("a")).toBe("a#1");
    expect(await read("b")).toBe("b#4");

    const bySize = scripted({ maxEntries: 10, maxBytes: 100 });
    await bySize.read("a", 60);
    await bySize.read("b", 60);
    expect(bySize.cache.stats()).toMatchObject({ entries: 1, bytes: 60 });
    await bySize.read("huge", 500);
    expect(bySize.cache.stats()).toMatchObject({ entries: 1, bytes: 60 });
  });
});
