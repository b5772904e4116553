import { formatBytes, quoteName as quote } from "./format-text";
import { parseTensorEntry, type TensorInfo } from "./tensor-entry";

export type { TensorInfo } from "./tensor-entry";

// The cap the reference implementation (huggingface/safetensors) enforces, so a file we accept is one
// real loaders accept too. Checked before anything past the 8-byte length field is read.
export const MAX_HEADER_SIZE = 100_000_000;

const LENGTH_FIELD_SIZE = 8;
const METADATA_KEY = "__metadata__";

export type HeaderErrorCode =
  | "FILE_TOO_SMALL"
  | "HEADER_TOO_LARGE"
  | "HEADER_EXCEEDS_FILE"
  | "HEADER_NOT_JSON"
  | "HEADER_NOT_OBJECT"
  | "INVALID_TENSOR"
  | "OFFSETS_OUT_OF_BOUNDS"
  | "OFFSETS_OVERLAP"
  | "OFFSETS_GAP"
  | "INVALID_METADATA"
  | "READ_FAILED";

export interface HeaderError {
  code: HeaderErrorCode;
  message: string;
}

export interface SafetensorsHeader {
  /** N: the length of the JSON header in bytes (the 8-byte length field not included). */
  headerSize: number;
  /** In header order; data offsets are relative to the start of the data section. */
  tensors: ReadonlyMap<string, TensorInfo>;
  metadata: Readonly<Record<string, string>>;
  tensorCount: number;
  parameterCount: number;
  /** Bytes after the header: fileSize - 8 - headerSize, all of it covered by tensors. */
  dataSize: number;
}

export type HeaderResult = { ok: true; header: SafetensorsHeader } | { ok: false; error: HeaderError };

/** What the reader needs from a Blob or File; lets tests hand in a recorder instead of a real file. */
export type SliceableBlob = Pick<Blob, "size" | "slice">;

/** Reads the 8-byte length field, then the N header bytes: never the tensor data. */
export async function readSafetensorsHeader(blob: SliceableBlob): Promise<HeaderResult> {
  if (blob.size < LENGTH_FIELD_SIZE) return fileTooSmall(blob.size);
  const prefix = await readRange(blob, 0, LENGTH_FIELD_SIZE);
  if (!prefix.ok) return prefix;
  const length = readHeaderLength(prefix.bytes, blob.size);
  if (!length.ok) return length;
  const json = await readRange(blob, LENGTH_FIELD_SIZE, LENGTH_FIELD_SIZE + length.headerSize);
  if (!json.ok) return json;
  return parseHeaderJson(json.bytes, length.headerSize, blob.size);
}

/**
 * Parses a header from the first bytes of a file. `bytes` must start at offset 0 and hold at least
 * the length field and the header it declares (the whole file is fine); `fileSize` is the size of
 * the whole file, used to check the declared lengths and tensor offsets.
 */
export function parseSafetensorsHeaderBytes(bytes: Uint8Array, fileSize: number): HeaderResult {
  if (fileSize < LENGTH_FIELD_SIZE) return fileTooSmall(fileSize);
  if (bytes.length < LENGTH_FIELD_SIZE) {
    throw new RangeError("parseSafetensorsHeaderBytes needs at least the 8-byte length field");
  }
  const length = readHeaderLength(bytes.subarray(0, LENGTH_FIELD_SIZE), fileSize);
  if (!length.ok) return length;
  const end = LENGTH_FIELD_SIZE + length.headerSize;
  if (bytes.length < end) {
    throw new RangeError(`parseSafetensorsHeaderBytes needs ${end} bytes, got ${bytes.length}`);
  }
  return parseHeaderJson(bytes.subarray(LENGTH_FIELD_SIZE, end), length.headerSize, fileSize);
}

type Failure = { ok: false; error: HeaderError };

function readHeaderLength(prefix: Uint8Array, fileSize: number): { ok: true; headerSize: number } | Failure {
  const view = new DataView(prefix.buffer, prefix.byteOffset, LENGTH_FIELD_SIZE);
  // A u64 does not fit a JS number; any high word at all already means N >= 4 GiB, far over the cap.
  const low = view.getUint32(0, true);
  const high = view.getUint32(4, true);
  if (high !== 0 || low > MAX_HEADER_SIZE) {
    const declared = high !== 0 ? "more than 4 GB" : formatBytes(low);
    return failure(
      "HEADER_TOO_LARGE",
      `This is not a readable safetensors file: its first 8 bytes declare a ${declared} header, ` +
        `over the ${formatBytes(MAX_HEADER_SIZE)} limit.${formatHint(prefix)}`,
    );
  }
  if (LENGTH_FIELD_SIZE + low > fileSize) {
    return failure(
      "HEADER_EXCEEDS_FILE",
      `The file declares a ${formatBytes(low)} header but is only ${formatBytes(fileSize)} long: ` +
        `it is truncated or not a safetensors file.${formatHint(prefix)}`,
    );
  }
  return { ok: true, headerSize: low };
}

function parseHeaderJson(jsonBytes: Uint8Array, headerSize: number, fileSize: number): HeaderResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(jsonBytes));
  } catch {
    return failure("HEADER_NOT_JSON", "The safetensors header is not valid UTF-8 JSON: the file is damaged or not a safetensors file.");
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    return failure("HEADER_NOT_OBJECT", "The safetensors header must be a JSON object of tensors.");
  }

  const dataSize = fileSize - LENGTH_FIELD_SIZE - headerSize;
  const tensors = new Map<string, TensorInfo>();
  let metadata: Record<string, string> = {};
  for (const [name, value] of Object.entries(parsed)) {
    if (name === METADATA_KEY) {
      const result = parseMetadata(value);
      if (!result.ok) return result;
      metadata = result.metadata;
      continue;
    }
    const entry = parseTensorEntry(name, value);
    if (!entry.ok) return failure("INVALID_TENSOR", entry.message);
    tensors.set(name, entry.tensor);
  }

  const layout = checkDataLayout(tensors, dataSize);
  if (layout) return { ok: false, error: layout };

  let parameterCount = 0;
  for (const tensor of tensors.values()) parameterCount += tensor.elementCount;
  return {
    ok: true,
    header: { headerSize, tensors, metadata, tensorCount: tensors.size, parameterCount, dataSize },
  };
}

function parseMetadata(value: unknown): { ok: true; metadata: Record<string, string> } | Failure {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return failure("INVALID_METADATA", "The header's __metadata__ must be an object of strings.");
  }
  const entries = Object.entries(value);
  const bad = entries.find(([, v]) => typeof v !== "string");
  if (bad) {
    return failure(
      "INVALID_METADATA",
      `The header's __metadata__ value for ${quote(bad[0])} is ${describe(bad[1])}; ` + "safetensors metadata values must be strings.",
    );
  }
  // fromEntries defines own properties, so a "__proto__" key stays data instead of a prototype.
  return { ok: true, metadata: Object.fromEntries(entries) as Record<string, string> };
}

// The format requires the data section to be covered exactly: tensors back to back, no overlap,
// no hole, nothing after the last one (the reference loader refuses anything else).
function checkDataLayout(tensors: ReadonlyMap<string, TensorInfo>, dataSize: number): HeaderError | null {
  const sorted = [...tensors].sort(([, a], [, b]) => a.dataOffsets[0] - b.dataOffsets[0] || a.dataOffsets[1] - b.dataOffsets[1]);
  const beyond = sorted.find(([, t]) => t.dataOffsets[1] > dataSize);
  if (beyond) {
    return {
      code: "OFFSETS_OUT_OF_BOUNDS",
      message:
        `Tensor ${quote(beyond[0])} ends at byte ${beyond[1].dataOffsets[1]} of the data section, ` +
        `but the file holds only ${dataSize} bytes of data: the file is truncated or damaged.`,
    };
  }
  let expected = 0;
  let previous: string | null = null;
  for (const [name, tensor] of sorted) {
    const [begin, end] = tensor.dataOffsets;
    if (begin < expected) {
      return {
        code: "OFFSETS_OVERLAP",
        message: `The data of tensors ${quote(previous ?? "")} and ${quote(name)} overlap.`,
      };
    }
    if (begin > expected) {
      return {
        code: "OFFSETS_GAP",
        message: `Bytes ${expected}–${begin} of the data section belong to no tensor; the format forbids holes.`,
      };
    }
    expected = end;
    previous = name;
  }
  if (expected < dataSize) {
    return {
      code: "OFFSETS_GAP",
      message: `The file has ${dataSize - expected} bytes after the last tensor that belong to no tensor.`,
    };
  }
  return null;
}

async function readRange(blob: SliceableBlob, start: number, end: number): Promise<{ ok: true; bytes: Uint8Array } | Failure> {
  try {
    return { ok: true, bytes: new Uint8Array(await blob.slice(start, end).arrayBuffer()) };
  } catch {
    return failure("READ_FAILED", "The file could not be read. It may have been moved or changed; pick it again.");
  }
}

function fileTooSmall(size: number): Failure {
  return failure("FILE_TOO_SMALL", `The file is ${size} bytes long, too small to be a safetensors file (it needs at least an 8-byte header length).`);
}

function failure(code: HeaderErrorCode, message: string): Failure {
  return { ok: false, error: { code, message } };
}

function formatHint(prefix: Uint8Array): string {
  if (prefix[0] === 0x50 && prefix[1] === 0x4b) {
    return " It looks like a ZIP archive, such as a PyTorch .ckpt or .pt file; only .safetensors files can be inspected.";
  }
  if (prefix[0] === 0x80 && (prefix[1] ?? 0) <= 5) {
    return " It looks like a Python pickle (an old .ckpt file); only .safetensors files can be inspected.";
  }
  return "";
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return `a ${typeof value}`;
}
