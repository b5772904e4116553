import { crc32 } from "@/lib/image-metadata/crc32";
import { decodeLatin1, decodeUtf8, type ImageTexts } from "@/lib/image-metadata/image-texts";
import { inflateZlib } from "@/lib/image-metadata/inflate";
import { formatLimit, ImageMetadataError, MAX_TEXT_BYTES } from "@/lib/image-metadata/limits";

// PNG (ISO/IEC 15948): an 8-byte signature, then chunks of length (u32 big-endian), type (4 ASCII
// letters), data and a CRC-32 over type and data. Text sits in tEXt (Latin-1), zTXt (zlib) and iTXt
// (UTF-8, optionally zlib); A1111 writes `parameters`, ComfyUI `prompt` and `workflow` (Pillow's
// add_text: tEXt, or iTXt when the text is not Latin-1).

export const PNG_SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);

export function isPng(bytes: Uint8Array): boolean {
  return PNG_SIGNATURE.every((byte, index) => bytes[index] === byte);
}

export async function readPngTexts(bytes: Uint8Array): Promise<ImageTexts> {
  if (!isPng(bytes)) throw new ImageMetadataError("This is not a PNG file (its signature is missing).");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const result: ImageTexts = { format: "PNG", entries: [], warnings: [] };
  let offset = PNG_SIGNATURE.length;
  while (offset < bytes.length) {
    if (offset + 12 > bytes.length) {
      result.warnings.push("The file ends in the middle of a chunk; what came before it was read.");
      break;
    }
    const length = view.getUint32(offset);
    const type = decodeLatin1(bytes.subarray(offset + 4, offset + 8));
    const dataStart = offset + 8;
    const dataEnd = dataStart + length;
    if (!/^[A-Za-z]{4}$/.test(type) || dataEnd + 4 > bytes.length) {
      result.warnings.push(
        `A chunk at byte ${offset} is malformed (${/^[A-Za-z]{4}$/.test(type) ? "its length runs past the end of the file" : "its type is not four letters"}); reading stopped there.`,
      );
      break;
    }
    offset = dataEnd + 4;
    if (type === "IEND") break;
    if (type !== "tEXt" && type !== "zTXt" && type !== "iTXt") continue;
    if (crc32(bytes, dataStart - 4, dataEnd) !== view.getUint32(dataEnd)) {
      result.warnings.push(`A ${type} chunk has a wrong checksum (the file is damaged); it was skipped.`);
      continue;
    }
    try {
      const entry = await readTextChunk(type, bytes.subarray(dataStart, dataEnd));
      result.entries.push({ ...entry, where: `PNG ${type}` });
    } catch (error) {
      if (!(error instanceof ImageMetadataError)) throw error;
      result.warnings.push(error.message);
    }
  }
  return result;
}

async function readTextChunk(type: "tEXt" | "zTXt" | "iTXt", data: Uint8Array): Promise<{ key: string; text: string }> {
  const keywordEnd = data.indexOf(0);
  if (keywordEnd < 1 || keywordEnd > 79) throw new ImageMetadataError(`A ${type} chunk has no valid keyword; it was skipped.`);
  const key = decodeLatin1(data.subarray(0, keywordEnd));
  const label = `The PNG ${type} entry "${key}"`;
  const rest = data.subarray(keywordEnd + 1);

  if (type === "tEXt") return { key, text: decodeLatin1(limited(rest, label)) };
  if (type === "zTXt") {
    if (rest[0] !== 0) throw new ImageMetadataError(`${label} uses an unknown compression method; it was skipped.`);
    return { key, text: decodeLatin1(await inflateZlib(rest.subarray(1), label)) };
  }
  // iTXt: compression flag, method, language tag \0, translated keyword \0, text.
  const compressed = rest[0];
  const method = rest[1];
  const languageEnd = rest.indexOf(0, 2);
  const translatedEnd = languageEnd < 0 ? -1 : rest.indexOf(0, languageEnd + 1);
  if (rest.length < 2 || (compressed !== 0 && compressed !== 1) || languageEnd < 0 || translatedEnd < 0) {
    throw new ImageMetadataError(`${label} is malformed; it was skipped.`);
  }
  const body = rest.subarray(translatedEnd + 1);
  if (compressed === 1) {
    if (method !== 0) throw new ImageMetadataError(`${label} uses an unknown compression method; it was skipped.`);
    return { key, text: decodeUtf8(await inflateZlib(body, label)) };
  }
  return { key, text: decodeUtf8(limited(body, label)) };
}

function limited(bytes: Uint8Array, label: string): Uint8Array {
  if (bytes.length > MAX_TEXT_BYTES) throw new ImageMetadataError(`${label} holds more than ${formatLimit(MAX_TEXT_BYTES)} of text; it was not read.`);
  return bytes;
}
