import { describe, expect, it } from "vitest";
import { decodeUserComment } from "@/lib/image-metadata/exif-texts";
import { readJpegTexts } from "@/lib/image-metadata/jpeg-texts";
import { MAX_TEXT_BYTES } from "@/lib/image-metadata/limits";
import { readImageMetadata } from "@/lib/image-metadata/read-image-metadata";
import { readWebpTexts } from "@/lib/image-metadata/webp-texts";
import { a1111Parameters, comfyPrompt, comfyWorkflow, exifBlock, jpegWith, unicodeUserComment, webpWithExif } from "@/tests/support/image-fixtures";

const parameters = a1111Parameters({ modelHash: "6ce0161689", model: "v1-5-pruned-emaonly" });

describe("JPEG EXIF UserComment (A1111 saves JPEG with piexif)", () => {
  it("reads the UNICODE UserComment, big-endian as piexif writes it", async () => {
    const result = await readImageMetadata(jpegWith({ exif: exifBlock({ userComment: unicodeUserComment(parameters) }) }));
    expect(result).toMatchObject({
      ok: true,
      format: "JPEG",
      warnings: [],
      metadata: { generator: "A1111", models: [{ role: "checkpoint", name: "v1-5-pruned-emaonly", hash: "6ce0161689" }] },
    });
  });

  it("reads a little-endian UserComment in a little-endian TIFF too", () => {
    const texts = readJpegTexts(jpegWith({ exif: exifBlock({ userComment: unicodeUserComment(parameters, true), littleEndian: true }) }));
    expect(texts.entries).toEqual([{ key: "UserComment", text: parameters, where: "JPEG EXIF UserComment" }]);
  });

  it("reads ASCII user comments and a JPEG comment segment", () => {
    expect(decodeUserComment(Buffer.concat([Buffer.from("ASCII\0\0\0", "latin1"), Buffer.from("Steps: 1\0")]), false)).toBe("Steps: 1");
    expect(readJpegTexts(jpegWith({ comment: parameters })).entries).toEqual([{ key: "comment", text: parameters, where: "JPEG comment" }]);
  });

  it("skips a damaged EXIF block with a message, and stops at a segment that runs past the end", () => {
    const exif = exifBlock({ userComment: unicodeUserComment(parameters) });
    exif.writeUInt32BE(0xfffff0, 6 + 4); // IFD0 offset far outside the block
    const texts = readJpegTexts(jpegWith({ exif }));
    expect(texts.entries).toEqual([]);
    expect(texts.warnings).toEqual([expect.stringContaining("points outside itself")]);

    const whole = jpegWith({ exif: exifBlock({ userComment: unicodeUserComment(parameters) }) });
    const cut = readJpegTexts(whole.subarray(0, 40));
    expect(cut.warnings).toEqual([expect.stringContaining("runs past the end")]);
  });
});

describe("WebP EXIF", () => {
  it("reads A1111's UserComment with or without the Exif header", async () => {
    for (const stripHeader of [false, true]) {
      const result = await readImageMetadata(webpWithExif(exifBlock({ userComment: unicodeUserComment(parameters) }), { stripHeader }));
      expect(result).toMatchObject({ ok: true, format: "WEBP", metadata: { generator: "A1111", models: [{ hash: "6ce0161689" }] } });
    }
  });

  it("reads ComfyUI's WebP EXIF: prompt in Model, workflow in Make", async () => {
    const exif = exifBlock({
      ascii: { 0x010f: `workflow:${comfyWorkflow({ ckptName: "other.safetensors" })}`, 0x0110: `prompt:${comfyPrompt({ ckptName: "flux1-dev.safetensors" })}` },
    });
    const result = await readImageMetadata(webpWithExif(exif));
    expect(result).toMatchObject({
      ok: true,
      format: "WEBP",
      metadata: { generator: "COMFYUI", models: [{ role: "checkpoint", name: "flux1-dev.safetensors" }] },
    });
  });

  it("refuses an oversized UserComment with a message (a JPEG segment cannot even hold one; a WebP chunk can)", async () => {
    const oversized = Buffer.concat([Buffer.from("ASCII\0\0\0", "latin1"), Buffer.alloc(MAX_TEXT_BYTES + 8, 0x61)]);
    const result = await readImageMetadata(webpWithExif(exifBlock({ userComment: oversized })));
    expect(result).toEqual({
      ok: true,
      format: "WEBP",
      metadata: null,
      warnings: [expect.stringMatching(/UserComment holds more than 2 MB of text; it was not read/)],
    });
  });

  it("stops at a chunk that runs past the end of the file", () => {
    const webp = webpWithExif(exifBlock({ userComment: unicodeUserComment(parameters) }));
    expect(readWebpTexts(webp.subarray(0, webp.length - 10)).warnings).toEqual([expect.stringContaining('"EXIF" runs past the end')]);
  });
});
