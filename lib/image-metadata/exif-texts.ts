import { decodeLatin1, decodeUtf8, type ImageTextEntry } from "@/lib/image-metadata/image-texts";
import { formatLimit, ImageMetadataError, MAX_TEXT_BYTES } from "@/lib/image-metadata/limits";

// EXIF is a TIFF structure: "II" (little-endian) or "MM" (big-endian), 42, the offset of IFD0. An
// IFD is a count (u16) of 12-byte entries: tag, type, count, value or offset. A1111 writes its
// `parameters` text into the Exif IFD's UserComment (piexif: "UNICODE\0" and UTF-16 big-endian);
// ComfyUI's WebP saver writes "prompt:<json>" into IFD0's Model and "workflow:<json>" into Make.

const TAG_EXIF_IFD = 0x8769;
const TAG_USER_COMMENT = 0x9286;
const ASCII_TAGS: Record<number, string> = { 0x010e: "ImageDescription", 0x010f: "Make", 0x0110: "Model" };
const TYPE_SIZES: Record<number, number> = { 1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 6: 1, 7: 1, 8: 2, 9: 4, 10: 8, 11: 4, 12: 8 };
const MAX_ENTRIES = 1000;

interface IfdEntry {
  tag: number;
  type: number;
  value: Uint8Array;
  /** The u32 in the value field (an offset for pointer tags). */
  pointer: number;
}

/** The text entries of an EXIF block (starting at its TIFF header, with or without a leading "Exif\0\0"). */
export function readExifTexts(block: Uint8Array, where: string): { entries: ImageTextEntry[]; warnings: string[] } {
  const tiff = hasExifHeader(block) ? block.subarray(6) : block;
  const view = new DataView(tiff.buffer, tiff.byteOffset, tiff.byteLength);
  const order = tiff.length >= 8 ? decodeLatin1(tiff.subarray(0, 2)) : "";
  if (order !== "II" && order !== "MM") throw new ImageMetadataError(`The ${where} block is not EXIF (no TIFF header); it was skipped.`);
  const little = order === "II";
  if (view.getUint16(2, little) !== 42) throw new ImageMetadataError(`The ${where} block has a malformed TIFF header; it was skipped.`);

  const entries: ImageTextEntry[] = [];
  const warnings: string[] = [];
  const ifd0 = readIfd(view, tiff, view.getUint32(4, little), little, where);
  for (const entry of ifd0) {
    const name = ASCII_TAGS[entry.tag];
    if (name && entry.type === 2) entries.push({ key: name, text: decodeUtf8(trimNul(guard(entry.value, `The ${where} ${name}`))), where: `${where} ${name}` });
  }
  const exifPointer = ifd0.find((entry) => entry.tag === TAG_EXIF_IFD);
  if (exifPointer) {
    try {
      const comment = readIfd(view, tiff, exifPointer.pointer, little, where).find((entry) => entry.tag === TAG_USER_COMMENT);
      if (comment)
        entries.push({ key: "UserComment", text: decodeUserComment(guard(comment.value, `The ${where} UserComment`), little), where: `${where} UserComment` });
    } catch (error) {
      if (!(error instanceof ImageMetadataError)) throw error;
      warnings.push(error.message);
    }
  }
  return { entries, warnings };
}

export function hasExifHeader(bytes: Uint8Array): boolean {
  return bytes.length >= 6 && decodeLatin1(bytes.subarray(0, 6)) === "Exif\0\0";
}

function readIfd(view: DataView, tiff: Uint8Array, offset: number, little: boolean, where: string): IfdEntry[] {
  if (offset < 8 || offset + 2 > tiff.length) throw new ImageMetadataError(`The ${where} block points outside itself (damaged EXIF); it was skipped.`);
  const count = view.getUint16(offset, little);
  if (count > MAX_ENTRIES || offset + 2 + count * 12 > tiff.length)
    throw new ImageMetadataError(`The ${where} block has a malformed directory; it was skipped.`);
  const entries: IfdEntry[] = [];
  for (let index = 0; index < count; index += 1) {
    const at = offset + 2 + index * 12;
    const tag = view.getUint16(at, little);
    const type = view.getUint16(at + 2, little);
    const length = view.getUint32(at + 4, little) * (TYPE_SIZES[type] ?? 1);
    const pointer = view.getUint32(at + 8, little);
    if (length <= 4) {
      entries.push({ tag, type, value: tiff.subarray(at + 8, at + 8 + length), pointer });
    } else if (pointer + length <= tiff.length) {
      entries.push({ tag, type, value: tiff.subarray(pointer, pointer + length), pointer });
    } else if (tag === TAG_USER_COMMENT || tag in ASCII_TAGS) {
      throw new ImageMetadataError(
        `The ${where} block's ${tag === TAG_USER_COMMENT ? "UserComment" : ASCII_TAGS[tag]} runs past its end (damaged EXIF); it was skipped.`,
      );
    }
  }
  return entries;
}

/**
 * UserComment: an 8-byte character code, then the text. "UNICODE\0" is UTF-16 — big-endian as
 * piexif writes it (A1111), though some writers follow the TIFF byte order — so a byte-order mark
 * decides, else which half of each pair is zero for the Latin text that generation parameters are.
 */
export function decodeUserComment(value: Uint8Array, littleEndianTiff: boolean): string {
  const code = decodeLatin1(value.subarray(0, 8));
  const body = value.subarray(8);
  if (code === "UNICODE\0") {
    if (body[0] === 0xfe && body[1] === 0xff) return new TextDecoder("utf-16be").decode(body.subarray(2));
    if (body[0] === 0xff && body[1] === 0xfe) return new TextDecoder("utf-16le").decode(body.subarray(2));
    let evenZeros = 0;
    let oddZeros = 0;
    for (let index = 0; index + 1 < Math.min(body.length, 512); index += 2) {
      if (body[index] === 0) evenZeros += 1;
      if (body[index + 1] === 0) oddZeros += 1;
    }
    const bigEndian = evenZeros === oddZeros ? !littleEndianTiff : evenZeros > oddZeros;
    return trimNulText(new TextDecoder(bigEndian ? "utf-16be" : "utf-16le").decode(body));
  }
  if (code.startsWith("ASCII") || code === "\0\0\0\0\0\0\0\0") return trimNulText(decodeUtf8(body));
  // JIS and unknown codes: read what is legible rather than nothing.
  return trimNulText(decodeUtf8(body));
}

function guard(bytes: Uint8Array, label: string): Uint8Array {
  if (bytes.length > MAX_TEXT_BYTES) throw new ImageMetadataError(`${label} holds more than ${formatLimit(MAX_TEXT_BYTES)} of text; it was not read.`);
  return bytes;
}

function trimNul(bytes: Uint8Array): Uint8Array {
  let end = bytes.length;
  while (end > 0 && bytes[end - 1] === 0) end -= 1;
  return bytes.subarray(0, end);
}

function trimNulText(text: string): string {
  return text.replace(/\0+$/, "");
}
