import { generationMetadataFromTexts } from "@/lib/image-metadata/generation-metadata";
import type { ImageTexts } from "@/lib/image-metadata/image-texts";
import { isJpeg, readJpegTexts } from "@/lib/image-metadata/jpeg-texts";
import { formatLimit, ImageMetadataError, MAX_IMAGE_BYTES } from "@/lib/image-metadata/limits";
import type { GenerationMetadata } from "@/lib/image-metadata/model-reference";
import { isPng, readPngTexts } from "@/lib/image-metadata/png-text-chunks";
import { isWebp, readWebpTexts } from "@/lib/image-metadata/webp-texts";

export type ImageMetadataResult =
  { ok: true; format: ImageTexts["format"]; metadata: GenerationMetadata | null; warnings: string[] } | { ok: false; message: string };

/** Reads an image file's generation metadata (PNG, JPEG or WebP, told apart by their bytes). Never throws for a bad file. */
export async function readImageMetadata(bytes: Uint8Array): Promise<ImageMetadataResult> {
  if (bytes.length > MAX_IMAGE_BYTES) return { ok: false, message: `The file is larger than ${formatLimit(MAX_IMAGE_BYTES)}; it was not read.` };
  try {
    const texts = isPng(bytes) ? await readPngTexts(bytes) : isJpeg(bytes) ? readJpegTexts(bytes) : isWebp(bytes) ? readWebpTexts(bytes) : null;
    if (!texts) return { ok: false, message: "This is not a PNG, JPEG or WebP image." };
    return { ok: true, format: texts.format, metadata: generationMetadataFromTexts(texts.entries), warnings: texts.warnings };
  } catch (error) {
    if (error instanceof ImageMetadataError) return { ok: false, message: error.message };
    return { ok: false, message: "The file could not be read as an image; it may be damaged." };
  }
}
