// AutoV2 is the short hash A1111 and Civitai show for a model file: the first 10 hex digits of its
// SHA-256. A1111 writes LoRA hashes with 12 digits, the same idea. Both are prefixes of the full
// hash, so the catalogue finds them with a range on the SHA-256 index rather than a stored column.

export const AUTOV2_LENGTH = 10;
/** Shorter hex strings are not accepted as hash prefixes: A1111's legacy 8-digit model hash is not one. */
export const MIN_HASH_PREFIX_LENGTH = AUTOV2_LENGTH;

const HEX = /^[0-9a-f]+$/;

/** The AutoV2 short hash of a file, from its SHA-256 (null when there is none). */
export function autoV2(sha256: string | null | undefined): string | null {
  if (!sha256 || sha256.length !== 64) return null;
  const lower = sha256.toLowerCase();
  return HEX.test(lower) ? lower.slice(0, AUTOV2_LENGTH) : null;
}

/** A search text that reads as a SHA-256 or a prefix of one (AutoV2 and longer), lower-cased; else null. */
export function hashPrefixOf(text: string): string | null {
  const candidate = text.trim().toLowerCase();
  if (candidate.length < MIN_HASH_PREFIX_LENGTH || candidate.length > 64 || !HEX.test(candidate)) return null;
  return candidate;
}

/**
 * The half-open range [from, to) of SHA-256 values that start with `prefix`. Stored hashes are 64
 * lower-case hex digits; "g" sorts after every hex digit in the C collation and in every locale's,
 * so `prefix + "g"` bounds the range and a plain b-tree index on the column serves it.
 */
export function hashPrefixRange(prefix: string): { from: string; to: string } {
  return { from: prefix, to: `${prefix}g` };
}
