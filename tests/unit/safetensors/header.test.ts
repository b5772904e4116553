import { describe, expect, it, vi } from "vitest";

import { MAX_HEADER_SIZE, parseSafetensorsHeaderBytes, readSafetensorsHeader, type HeaderErrorCode, type SliceableBlob } from "@/lib/safetensors/header";
import { FIXTURES, buildSafetensors, concat, lengthPrefix, withHeader } from "@/tests/support/safetensors-fixtures";

const tensor = (dtype: string, shape: unknown, offsets: unknown) => ({ dtype, shape, data_offsets: offsets });
const header = (entries: Record<string, unknown>) => JSON.stringify(entries);
const zeros = (n: number) => new Uint8Array(n);

const errorCases: { name: string; bytes: Uint8Array<ArrayBuffer>; code: HeaderErrorCode }[] = [
  { name: "empty file", bytes: zeros(0), code: "FILE_TOO_SMALL" },
  { name: "7 bytes", bytes: zeros(7), code: "FILE_TOO_SMALL" },
  { name: "header one byte over the limit", bytes: concat(lengthPrefix(MAX_HEADER_SIZE + 1), zeros(8)), code: "HEADER_TOO_LARGE" },
  { name: "header of exactly 2^32 (low word 0)", bytes: concat(lengthPrefix(2n ** 32n), zeros(8)), code: "HEADER_TOO_LARGE" },
  { name: "header of 2^53", bytes: concat(lengthPrefix(2n ** 53n), zeros(8)), code: "HEADER_TOO_LARGE" },
  { name: "header of 2^64 - 1", bytes: concat(lengthPrefix(2n ** 64n - 1n), zeros(8)), code: "HEADER_TOO_LARGE" },
  { name: "header exactly at the limit, longer than the file", bytes: concat(lengthPrefix(MAX_HEADER_SIZE), zeros(8)), code: "HEADER_EXCEEDS_FILE" },
  { name: "header longer than the file", bytes: concat(lengthPrefix(1000), zeros(10)), code: "HEADER_EXCEEDS_FILE" },
  { name: "empty header", bytes: lengthPrefix(0), code: "HEADER_NOT_JSON" },
  { name: "invalid UTF-8", bytes: concat(lengthPrefix(4), new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])), code: "HEADER_NOT_JSON" },
  { name: "truncated JSON", bytes: withHeader('{"a": {"dtype": "F16"'), code: "HEADER_NOT_JSON" },
  { name: "JSON array", bytes: withHeader("[1, 2]"), code: "HEADER_NOT_OBJECT" },
  { name: "JSON null", bytes: withHeader("null"), code: "HEADER_NOT_OBJECT" },
  { name: "JSON number", bytes: withHeader("42"), code: "HEADER_NOT_OBJECT" },
  { name: "tensor entry not an object", bytes: withHeader(header({ a: [1, 2] })), code: "INVALID_TENSOR" },
  { name: "unknown dtype", bytes: withHeader(header({ a: tensor("F17", [1], [0, 2]) }), zeros(2)), code: "INVALID_TENSOR" },
  { name: "lowercase dtype", bytes: withHeader(header({ a: tensor("f16", [1], [0, 2]) }), zeros(2)), code: "INVALID_TENSOR" },
  { name: "negative dimension", bytes: withHeader(header({ a: tensor("F16", [-1], [0, 2]) }), zeros(2)), code: "INVALID_TENSOR" },
  { name: "fractional dimension", bytes: withHeader(header({ a: tensor("F16", [1.5], [0, 3]) }), zeros(3)), code: "INVALID_TENSOR" },
  { name: "shape not a list", bytes: withHeader(header({ a: tensor("F16", "2x2", [0, 8]) }), zeros(8)), code: "INVALID_TENSOR" },
  { name: "one offset", bytes: withHeader(header({ a: tensor("F16", [1], [2]) }), zeros(2)), code: "INVALID_TENSOR" },
  { name: "offsets as strings", bytes: withHeader(header({ a: tensor("F16", [1], ["0", "2"]) }), zeros(2)), code: "INVALID_TENSOR" },
  { name: "end before begin", bytes: withHeader(header({ a: tensor("F16", [1], [2, 0]) }), zeros(2)), code: "INVALID_TENSOR" },
  { name: "span differs from dtype x shape", bytes: withHeader(header({ a: tensor("F16", [2], [0, 2]) }), zeros(2)), code: "INVALID_TENSOR" },
  { name: "odd count of 4-bit elements", bytes: withHeader(header({ a: tensor("F4", [3], [0, 2]) }), zeros(2)), code: "INVALID_TENSOR" },
  { name: "shape product overflows", bytes: withHeader(header({ a: tensor("F64", [2 ** 40, 2 ** 20], [0, 8]) }), zeros(8)), code: "INVALID_TENSOR" },
  { name: "offsets beyond the file (truncated)", bytes: withHeader(header({ a: tensor("F16", [4], [0, 8]) }), zeros(4)), code: "OFFSETS_OUT_OF_BOUNDS" },
  {
    name: "overlapping tensors",
    bytes: withHeader(header({ a: tensor("F16", [2], [0, 4]), b: tensor("F16", [2], [2, 6]) }), zeros(6)),
    code: "OFFSETS_OVERLAP",
  },
  {
    name: "two tensors on the same bytes",
    bytes: withHeader(header({ a: tensor("F16", [2], [0, 4]), b: tensor("U8", [4], [0, 4]) }), zeros(4)),
    code: "OFFSETS_OVERLAP",
  },
  {
    name: "hole between tensors",
    bytes: withHeader(header({ a: tensor("F16", [2], [0, 4]), b: tensor("F16", [2], [6, 10]) }), zeros(10)),
    code: "OFFSETS_GAP",
  },
  { name: "bytes after the last tensor", bytes: withHeader(header({ a: tensor("F16", [2], [0, 4]) }), zeros(6)), code: "OFFSETS_GAP" },
  { name: "metadata value a number", bytes: withHeader(header({ __metadata__: { epochs: 3 } })), code: "INVALID_METADATA" },
  { name: "metadata value an object", bytes: withHeader(header({ __metadata__: { recipe: { a: "b" } } })), code: "INVALID_METADATA" },
  { name: "metadata value null", bytes: withHeader(header({ __metadata__: { title: null } })), code: "INVALID_METADATA" },
  { name: "metadata an array", bytes: withHeader(header({ __metadata__: ["a"] })), code: "INVALID_METADATA" },
];

describe("safetensors header errors", () => {
  it.each(errorCases)("parseSafetensorsHeaderBytes: $name -> $code", ({ bytes, code }) => {
    const result = parseSafetensorsHeaderBytes(bytes, bytes.length);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe(code);
    expect(result.error.message).toMatch(/\w{3,}/);
    expect(result.error.message).not.toMatch(/undefined|NaN|\[object/);
  });

  it.each(errorCases)("readSafetensorsHeader: $name -> $code", async ({ bytes, code }) => {
    const result = await readSafetensorsHeader(new Blob([bytes]));
    expect(result.ok ? "ok" : result.error.code).toBe(code);
  });

  it("names a ZIP (.ckpt) file when its first bytes make an absurd header length", () => {
    // A local file header: signature, then "version needed" 20 and flags, which land in the high word.
    const zip = concat(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x08, 0x08]), zeros(60));
    const result = parseSafetensorsHeaderBytes(zip, zip.length);
    expect(result.ok ? null : result.error).toMatchObject({ code: "HEADER_TOO_LARGE", message: expect.stringContaining(".ckpt") });
  });

  it("reports a failed read instead of throwing", async () => {
    const unreadable: SliceableBlob = {
      size: 100,
      slice: () => ({ arrayBuffer: () => Promise.reject(new Error("NotReadableError")) }) as unknown as Blob,
    };
    const result = await readSafetensorsHeader(unreadable);
    expect(result.ok ? "ok" : result.error.code).toBe("READ_FAILED");
  });

  it("throws a RangeError when the caller passes fewer bytes than the header it declares", () => {
    const file = buildSafetensors(FIXTURES.SD3);
    expect(() => parseSafetensorsHeaderBytes(file.subarray(0, 12), file.length)).toThrow(RangeError);
  });
});

describe("safetensors header reading", () => {
  it("parses tensors, metadata and totals", () => {
    const file = buildSafetensors({
      tensors: [
        { name: "b.weight", dtype: "F16", shape: [2, 3] },
        { name: "a.bias", dtype: "BF16", shape: [4] },
        { name: "scalar", dtype: "F32", shape: [] },
        { name: "empty", dtype: "F32", shape: [0, 5] },
      ],
      metadata: { format: "pt", "modelspec.title": "Test" },
    });
    const result = parseSafetensorsHeaderBytes(file, file.length);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { header: parsed } = result;
    expect(parsed.tensorCount).toBe(4);
    expect(parsed.parameterCount).toBe(6 + 4 + 1 + 0);
    expect(parsed.dataSize).toBe(12 + 8 + 4);
    expect(parsed.headerSize % 8).toBe(0);
    expect(8 + parsed.headerSize + parsed.dataSize).toBe(file.length);
    expect(parsed.metadata).toEqual({ format: "pt", "modelspec.title": "Test" });
    expect(parsed.tensors.get("a.bias")).toEqual({ dtype: "BF16", shape: [4], dataOffsets: [12, 20], elementCount: 4 });
    expect([...parsed.tensors.keys()]).toEqual(["b.weight", "a.bias", "scalar", "empty"]);
  });

  it("accepts a header listing tensors in another order than their data (as real writers do)", () => {
    const bytes = withHeader(header({ a: tensor("F16", [2], [4, 8]), b: tensor("F16", [2], [0, 4]) }), zeros(8));
    const result = parseSafetensorsHeaderBytes(bytes, bytes.length);
    expect(result.ok && result.header.tensorCount).toBe(2);
  });

  it("accepts a file with no tensors and no metadata", () => {
    const bytes = withHeader("{}");
    const result = parseSafetensorsHeaderBytes(bytes, bytes.length);
    expect(result.ok && [result.header.tensorCount, result.header.dataSize]).toEqual([0, 0]);
  });

  it("keeps a __proto__ metadata key as plain data", () => {
    const bytes = withHeader('{"__metadata__": {"__proto__": "x", "title": "t"}}');
    const result = parseSafetensorsHeaderBytes(bytes, bytes.length);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(Object.getPrototypeOf(result.header.metadata)).toBe(Object.prototype);
    expect(Object.entries(result.header.metadata)).toEqual([
      ["__proto__", "x"],
      ["title", "t"],
    ]);
  });

  it("refuses a header over the limit after reading only the 8-byte length", async () => {
    const blob = new Blob([concat(lengthPrefix(MAX_HEADER_SIZE + 1), zeros(8))]);
    const slice = vi.spyOn(blob, "slice");
    const result = await readSafetensorsHeader(blob);
    expect(result.ok ? "ok" : result.error.code).toBe("HEADER_TOO_LARGE");
    expect(slice.mock.calls).toEqual([[0, 8]]);
  });

  it("reads only the length and the header of a multi-GB file, never its data", async () => {
    const dataSize = 7_000_000_000;
    const head = withHeader(header({ __metadata__: { format: "pt" }, "model.weight": tensor("U8", [dataSize], [0, dataSize]) }));
    const recorded: [number, number][] = [];
    const size = head.length + dataSize;
    const hugeFile: SliceableBlob = {
      size,
      slice(start = 0, end = size) {
        recorded.push([start, end]);
        if (end > head.length) throw new Error(`read past the header: ${start}-${end}`);
        return new Blob([head.subarray(start, end)]);
      },
    };
    const result = await readSafetensorsHeader(hugeFile);
    expect(result.ok && result.header.parameterCount).toBe(dataSize);
    expect(recorded).toEqual([
      [0, 8],
      [8, head.length],
    ]);
  });
});
