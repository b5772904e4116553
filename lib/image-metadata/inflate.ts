import { formatLimit, ImageMetadataError, MAX_TEXT_BYTES } from "@/lib/image-metadata/limits";

/**
 * Inflates zlib data (PNG zTXt and compressed iTXt) with the platform's DecompressionStream, in
 * the browser and in Node alike, and stops as soon as the output passes `limit`: a small chunk that
 * inflates to gigabytes is refused after reading the first few.
 */
export async function inflateZlib(data: Uint8Array, label: string, limit = MAX_TEXT_BYTES): Promise<Uint8Array> {
  const stream = new Blob([data as BlobPart]).stream().pipeThrough(new DecompressionStream("deflate"));
  const reader = stream.getReader();
  const parts: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > limit) {
        await reader.cancel().catch(() => undefined);
        throw new ImageMetadataError(`${label} inflates to more than ${formatLimit(limit)} of text; it was not read.`);
      }
      parts.push(value);
    }
  } catch (error) {
    if (error instanceof ImageMetadataError) throw error;
    throw new ImageMetadataError(`${label} is not valid compressed data.`);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.byteLength;
  }
  return out;
}
