import { hasExifHeader, readExifTexts } from "@/lib/image-metadata/exif-texts";
import { decodeUtf8, type ImageTexts } from "@/lib/image-metadata/image-texts";
import { formatLimit, ImageMetadataError, MAX_TEXT_BYTES } from "@/lib/image-metadata/limits";

// JPEG: SOI (FF D8), then segments FF xx with a big-endian length that counts itself, until the
// image data (SOS). EXIF is an APP1 segment starting "Exif\0\0" (A1111 inserts one with piexif);
// some tools put the parameters text in a COM segment instead.

export function isJpeg(bytes: Uint8Array): boolean {
  return bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
}

export function readJpegTexts(bytes: Uint8Array): ImageTexts {
  if (!isJpeg(bytes)) throw new ImageMetadataError("This is not a JPEG file (its start-of-image marker is missing).");
  const result: ImageTexts = { format: "JPEG", entries: [], warnings: [] };
  let offset = 2;
  while (offset + 4 <= bytes.length) {
    if (bytes[offset] !== 0xff) {
      result.warnings.push(`The JPEG structure is broken at byte ${offset}; reading stopped there.`);
      break;
    }
    const marker = bytes[offset + 1]!;
    if (marker === 0xff) {
      offset += 1; // fill byte
      continue;
    }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      offset += 2;
      continue;
    }
    if (marker === 0xda || marker === 0xd9) break; // image data or end: no more metadata segments
    const length = (bytes[offset + 2]! << 8) | bytes[offset + 3]!;
    const end = offset + 2 + length;
    if (length < 2 || end > bytes.length) {
      result.warnings.push(`A JPEG segment at byte ${offset} runs past the end of the file; reading stopped there.`);
      break;
    }
    const data = bytes.subarray(offset + 4, end);
    try {
      if (marker === 0xe1 && hasExifHeader(data)) {
        const exif = readExifTexts(data, "JPEG EXIF");
        result.entries.push(...exif.entries);
        result.warnings.push(...exif.warnings);
      } else if (marker === 0xfe) {
        if (data.length > MAX_TEXT_BYTES)
          throw new ImageMetadataError(`The JPEG comment holds more than ${formatLimit(MAX_TEXT_BYTES)} of text; it was not read.`);
        result.entries.push({ key: "comment", text: decodeUtf8(data), where: "JPEG comment" });
      }
    } catch (error) {
      if (!(error instanceof ImageMetadataError)) throw error;
      result.warnings.push(error.message);
    }
    offset = end;
  }
  return result;
}
