import { deflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { MAX_TEXT_BYTES } from "@/lib/image-metadata/limits";
import { readPngTexts } from "@/lib/image-metadata/png-text-chunks";
import { readImageMetadata } from "@/lib/image-metadata/read-image-metadata";
import { a1111Parameters, pngChunk, pngWithText } from "@/tests/support/image-fixtures";

describe("readPngTexts", () => {
  it("reads tEXt, zTXt and iTXt (plain and compressed) entries", async () => {
    const png = pngWithText([
      { type: "tEXt", key: "parameters", text: "café, Steps: 20" },
      { type: "zTXt", key: "prompt", text: '{"4":{}}' },
      { type: "iTXt", key: "workflow", text: "ワークフロー" },
      { type: "iTXt", key: "Comment", text: "zipped ✓", compressed: true },
    ]);
    const texts = await readPngTexts(png);
    expect(texts.warnings).toEqual([]);
    expect(texts.entries).toEqual([
      { key: "parameters", text: "café, Steps: 20", where: "PNG tEXt" },
      { key: "prompt", text: '{"4":{}}', where: "PNG zTXt" },
      { key: "workflow", text: "ワークフロー", where: "PNG iTXt" },
      { key: "Comment", text: "zipped ✓", where: "PNG iTXt" },
    ]);
  });

  it("skips a chunk with a wrong CRC and says so, keeping the others", async () => {
    const damaged = pngChunk("tEXt", Buffer.from("parameters\0Steps: 1, Sampler: x, Model hash: 0123456789", "latin1"), { badCrc: true });
    const texts = await readPngTexts(pngWithText([{ type: "tEXt", key: "Software", text: "test" }], [damaged]));
    expect(texts.entries.map((entry) => entry.key)).toEqual(["Software"]);
    expect(texts.warnings).toEqual([expect.stringContaining("wrong checksum")]);
  });

  it("stops at a chunk whose length runs past the end of the file, without throwing", async () => {
    const png = pngWithText([{ type: "tEXt", key: "parameters", text: "hello" }]);
    const truncated = png.subarray(0, png.length - 20);
    const texts = await readPngTexts(truncated);
    expect(texts.entries.map((entry) => entry.key)).toEqual(["parameters"]);
    expect(texts.warnings).toEqual([expect.stringContaining("runs past the end")]);
  });

  it("skips malformed text chunks: no keyword, unknown compression, broken zlib data", async () => {
    const png = pngWithText(
      [],
      [
        pngChunk("tEXt", Buffer.from("\0no keyword", "latin1")),
        pngChunk("zTXt", Buffer.concat([Buffer.from("prompt\0", "latin1"), Buffer.of(7), deflateSync(Buffer.from("{}"))])),
        pngChunk("zTXt", Buffer.concat([Buffer.from("workflow\0", "latin1"), Buffer.of(0), Buffer.from("not zlib at all")])),
        pngChunk("iTXt", Buffer.from("parameters\0\x05", "latin1")),
      ],
    );
    const texts = await readPngTexts(png);
    expect(texts.entries).toEqual([]);
    expect(texts.warnings).toEqual([
      expect.stringContaining("no valid keyword"),
      expect.stringContaining("unknown compression method"),
      expect.stringContaining("not valid compressed data"),
      expect.stringContaining("malformed"),
    ]);
  });

  it("refuses oversized text, stored or compressed (a small zTXt that inflates past the limit), with a message", async () => {
    const huge = "x".repeat(MAX_TEXT_BYTES + 1);
    const bomb = pngChunk("zTXt", Buffer.concat([Buffer.from("workflow\0", "latin1"), Buffer.of(0), deflateSync(Buffer.alloc(MAX_TEXT_BYTES * 4, 0x61))]));
    expect(bomb.length).toBeLessThan(64 * 1024);
    const texts = await readPngTexts(
      pngWithText(
        [
          { type: "tEXt", key: "parameters", text: huge },
          { type: "tEXt", key: "Software", text: "ok" },
        ],
        [bomb],
      ),
    );
    expect(texts.entries.map((entry) => entry.key)).toEqual(["Software"]);
    expect(texts.warnings).toEqual([
      expect.stringMatching(/"parameters" holds more than 2 MB of text/),
      expect.stringMatching(/"workflow" inflates to more than 2 MB/),
    ]);
  });
});

describe("readImageMetadata on PNG", () => {
  it("reads A1111 parameters into the checkpoint and LoRAs", async () => {
    const png = pngWithText([
      { type: "tEXt", key: "parameters", text: a1111Parameters({ modelHash: "31e35c80fc", model: "sd_xl_base_1.0", loraHashes: "add_detail: 7c6bad76eb54" }) },
    ]);
    expect(await readImageMetadata(png)).toEqual({
      ok: true,
      format: "PNG",
      warnings: [],
      metadata: {
        generator: "A1111",
        models: [
          { role: "checkpoint", name: "sd_xl_base_1.0", hash: "31e35c80fc", civitai: null, foundIn: "A1111 Model hash" },
          { role: "lora", name: "add_detail", hash: "7c6bad76eb54", civitai: null, foundIn: "A1111 Lora hashes" },
        ],
      },
    });
  });

  it("answers a PNG without generation metadata with null metadata", async () => {
    expect(await readImageMetadata(pngWithText([{ type: "tEXt", key: "Software", text: "GIMP" }]))).toEqual({
      ok: true,
      format: "PNG",
      metadata: null,
      warnings: [],
    });
  });

  it("refuses a file that is no image, and never throws", async () => {
    expect(await readImageMetadata(new TextEncoder().encode("GIF89a..."))).toEqual({ ok: false, message: "This is not a PNG, JPEG or WebP image." });
    expect(await readImageMetadata(new Uint8Array(0))).toMatchObject({ ok: false });
  });
});
