import { readExifTexts } from "@/lib/image-metadata/exif-texts";
import { decodeLatin1, type ImageTexts } from "@/lib/image-metadata/image-texts";
import { ImageMetadataError } from "@/lib/image-metadata/limits";

// WebP is a RIFF container: "RIFF", size (u32 little-endian), "WEBP", then chunks of FourCC, size
// and data padded to an even length. EXIF sits in an "EXIF" chunk (with or without the "Exif\0\0"
// prefix, depending on the writer).

export function isWebp(bytes: Uint8Array): boolean {
  return bytes.length >= 12 && decodeLatin1(bytes.subarray(0, 4)) === "RIFF" && decodeLatin1(bytes.subarray(8, 12)) === "WEBP";
}

export function readWebpTexts(bytes: Uint8Array): ImageTexts {
  if (!isWebp(bytes)) throw new ImageMetadataError("This is not a WebP file (its RIFF header is missing).");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const result: ImageTexts = { format: "WEBP", entries: [], warnings: [] };
  let offset = 12;
  while (offset + 8 <= bytes.length) {
    const fourcc = decodeLatin1(bytes.subarray(offset, offset + 4));
    const size = view.getUint32(offset + 4, true);
    const end = offset + 8 + size;
    if (end > bytes.length) {
      result.warnings.push(`The WebP chunk "${fourcc.replace(/[^\x20-\x7e]/g, "?")}" runs past the end of the file; reading stopped there.`);
      break;
    }
    if (fourcc === "EXIF") {
      try {
        const exif = readExifTexts(bytes.subarray(offset + 8, end), "WebP EXIF");
        result.entries.push(...exif.entries);
        result.warnings.push(...exif.warnings);
      } catch (error) {
        if (!(error instanceof ImageMetadataError)) throw error;
        result.warnings.push(error.message);
      }
    }
    offset = end + (size % 2);
  }
  return result;
}
