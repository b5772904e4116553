import "server-only";
import type { CatalogClock, CatalogWindow } from "@/lib/server/catalog/catalog-epoch";

/**
 * A bounded in-process cache of catalogue results, correct across instances without a shared
 * cache server. Every read first reads the database's catalogue clock (the epoch and now(): one
 * row). Entries belong to a generation: one epoch and the window up to the earliest future instant
 * at which any result could change by the clock alone. A new epoch (a change committed on any
 * instance) or the window's end starts a new generation and drops every entry of the old one.
 *
 * An entry is stored only under the epoch its request read before loading, and a load sees at
 * least everything committed by then, so an entry is never older than its epoch; it is served
 * only while both the database's clock and this process's are before the window's end (the
 * queries compare with the database's now(), the approval states with this process's clock).
 */
export interface CatalogCacheOptions {
  readClock(): Promise<CatalogClock>;
  readWindow(): Promise<CatalogWindow>;
  /** Bounds: the entries of one generation, and the sum of their estimated sizes. */
  maxEntries: number;
  maxBytes: number;
  /** This process's clock (tests pass their own). */
  now?: () => number;
}

interface Generation {
  epoch: string;
  /** Milliseconds; Infinity when nothing in the catalogue changes with time. */
  until: number;
  entries: Map<string, { value: unknown; bytes: number }>;
  bytes: number;
}

export interface CatalogCacheStats {
  epoch: string | null;
  entries: number;
  bytes: number;
  hits: number;
  misses: number;
  generations: number;
}

export class CatalogCache {
  private generation: Generation | null = null;
  private refreshing: Promise<Generation> | null = null;
  private hits = 0;
  private misses = 0;
  private generations = 0;

  constructor(private readonly options: CatalogCacheOptions) {}

  /** The cached value of `key` (a normalised description of the query), or `load()` stored. */
  async read<T>(key: string, load: () => Promise<T>, size: (value: T) => number): Promise<T> {
    const clock = await this.options.readClock();
    const generation = await this.generationFor(clock);
    const current = generation?.epoch === clock.epoch && this.holds(generation, clock) ? generation : null;
    const hit = current?.entries.get(key);
    if (current && hit) {
      // Most recently used last: eviction takes from the front.
      current.entries.delete(key);
      current.entries.set(key, hit);
      this.hits += 1;
      return hit.value as T;
    }
    this.misses += 1;
    const value = await load();
    if (current && this.generation === current) this.store(current, key, value, size(value));
    return value;
  }

  stats(): CatalogCacheStats {
    return {
      epoch: this.generation?.epoch ?? null,
      entries: this.generation?.entries.size ?? 0,
      bytes: this.generation?.bytes ?? 0,
      hits: this.hits,
      misses: this.misses,
      generations: this.generations,
    };
  }

  private holds(generation: Generation, clock: CatalogClock): boolean {
    const now = Math.max(clock.now.getTime(), this.options.now?.() ?? Date.now());
    return now < generation.until;
  }

  /** The generation for this clock: the current one, or a new one read once for every waiting request. */
  private async generationFor(clock: CatalogClock): Promise<Generation | null> {
    const generation = this.generation;
    if (generation && generation.epoch === clock.epoch && this.holds(generation, clock)) return generation;
    if (generation && BigInt(generation.epoch) > BigInt(clock.epoch)) return null;
    if (!this.refreshing) {
      this.refreshing = this.options
        .readWindow()
        .then((window) => {
          const fresh: Generation = {
            epoch: window.epoch,
            until: window.nextInstant ? window.nextInstant.getTime() : Number.POSITIVE_INFINITY,
            entries: new Map(),
            bytes: 0,
          };
          this.generation = fresh;
          this.generations += 1;
          return fresh;
        })
        .finally(() => {
          this.refreshing = null;
        });
    }
    return this.refreshing;
  }

  private store(generation: Generation, key: string, value: unknown, bytes: number): void {
    if (bytes > this.options.maxBytes) return;
    const previous = generation.entries.get(key);
    if (previous) {
      generation.bytes -= previous.bytes;
      generation.entries.delete(key);
    }
    generation.entries.set(key, { value, bytes });
    generation.bytes += bytes;
    for (const [oldest, entry] of generation.entries) {
      if (generation.entries.size <= this.options.maxEntries && generation.bytes <= this.options.maxBytes) break;
      generation.entries.delete(oldest);
      generation.bytes -= entry.bytes;
    }
  }
}
