import { crc32, deflateSync } from "node:zlib";

// Image files built byte by byte in the real formats, for the metadata readers' tests and the
// end-to-end check: PNG chunks with their CRC-32 (zlib's, independent of the app's own), a 1×1
// image in IDAT; JPEG segments; a WebP RIFF container; EXIF laid out as piexif.dump writes it
// (big-endian TIFF, UserComment "UNICODE\0" + UTF-16BE, the way A1111 saves JPEG and WebP).

export type PngTextChunk =
  { type: "tEXt"; key: string; text: string } | { type: "zTXt"; key: string; text: string } | { type: "iTXt"; key: string; text: string; compressed?: boolean };

export function pngChunk(type: string, data: Uint8Array, options: { badCrc?: boolean } = {}): Buffer {
  const typeBytes = Buffer.from(type, "latin1");
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE((crc32(Buffer.concat([typeBytes, data])) ^ (options.badCrc ? 1 : 0)) >>> 0);
  return Buffer.concat([length, typeBytes, data, crc]);
}

export function textChunkData(chunk: PngTextChunk): Buffer {
  const key = Buffer.from(`${chunk.key}\0`, "latin1");
  if (chunk.type === "tEXt") return Buffer.concat([key, Buffer.from(chunk.text, "latin1")]);
  if (chunk.type === "zTXt") return Buffer.concat([key, Buffer.of(0), deflateSync(Buffer.from(chunk.text, "latin1"))]);
  const text = Buffer.from(chunk.text, "utf8");
  return Buffer.concat([key, Buffer.of(chunk.compressed ? 1 : 0, 0), Buffer.from("\0\0"), chunk.compressed ? deflateSync(text) : text]);
}

const PNG_SIGNATURE = Buffer.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);

/** A valid 1×1 RGB PNG with these text chunks (before IDAT, as Pillow writes them), and any extra raw chunks. */
export function pngWithText(chunks: readonly PngTextChunk[], extra: readonly Buffer[] = []): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(1, 0);
  header.writeUInt32BE(1, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, deflate, no filter method, no interlace
  const pixels = deflateSync(Buffer.of(0, 0x33, 0x66, 0x99)); // filter byte + one pixel
  return Buffer.concat([
    PNG_SIGNATURE,
    pngChunk("IHDR", header),
    ...chunks.map((chunk) => pngChunk(chunk.type, textChunkData(chunk))),
    ...extra,
    pngChunk("IDAT", pixels),
    pngChunk("IEND", Buffer.alloc(0)),
  ]);
}

/** EXIF as piexif.dump({"0th": {...}, "Exif": {UserComment}}) lays it out, with the "Exif\0\0" prefix. */
export function exifBlock(options: { userComment?: Buffer; ascii?: Record<number, string>; littleEndian?: boolean }): Buffer {
  const little = options.littleEndian ?? false;
  const u16 = (value: number) => {
    const buffer = Buffer.alloc(2);
    if (little) buffer.writeUInt16LE(value);
    else buffer.writeUInt16BE(value);
    return buffer;
  };
  const u32 = (value: number) => {
    const buffer = Buffer.alloc(4);
    if (little) buffer.writeUInt32LE(value);
    else buffer.writeUInt32BE(value);
    return buffer;
  };
  const ascii = Object.entries(options.ascii ?? {}).map(([tag, text]) => ({ tag: Number(tag), data: Buffer.from(`${text}\0`, "latin1") }));
  const ifd0Count = ascii.length + (options.userComment ? 1 : 0);
  const ifd0Size = 2 + ifd0Count * 12 + 4;
  let dataOffset = 8 + ifd0Size;
  const ifd0Entries: Buffer[] = [];
  const ifd0Data: Buffer[] = [];
  for (const { tag, data } of ascii) {
    ifd0Entries.push(
      Buffer.concat([u16(tag), u16(2), u32(data.length), data.length <= 4 ? Buffer.concat([data, Buffer.alloc(4 - data.length)]) : u32(dataOffset)]),
    );
    if (data.length > 4) {
      ifd0Data.push(data);
      dataOffset += data.length;
    }
  }
  let exifIfd = Buffer.alloc(0);
  if (options.userComment) {
    const exifIfdOffset = dataOffset;
    ifd0Entries.push(Buffer.concat([u16(0x8769), u16(4), u32(1), u32(exifIfdOffset)]));
    const commentOffset = exifIfdOffset + 2 + 12 + 4;
    exifIfd = Buffer.concat([u16(1), u16(0x9286), u16(7), u32(options.userComment.length), u32(commentOffset), u32(0), options.userComment]);
  }
  const tiff = Buffer.concat([Buffer.from(little ? "II" : "MM", "latin1"), u16(42), u32(8), u16(ifd0Count), ...ifd0Entries, u32(0), ...ifd0Data, exifIfd]);
  return Buffer.concat([Buffer.from("Exif\0\0", "latin1"), tiff]);
}

/** piexif.helper.UserComment.dump(text, encoding="unicode"): "UNICODE\0" and UTF-16 big-endian. */
export function unicodeUserComment(text: string, littleEndian = false): Buffer {
  const body = Buffer.from(text, "utf16le");
  if (!littleEndian) body.swap16();
  return Buffer.concat([Buffer.from("UNICODE\0", "latin1"), body]);
}

/** A JPEG's segments up to and including an (empty) scan: SOI, APP1 EXIF and/or COM, SOS, EOI. */
export function jpegWith(options: { exif?: Buffer; comment?: string }): Buffer {
  const segment = (marker: number, data: Buffer) => {
    const length = Buffer.alloc(2);
    length.writeUInt16BE(data.length + 2);
    return Buffer.concat([Buffer.of(0xff, marker), length, data]);
  };
  const jfif = Buffer.from("JFIF\0\x01\x01\0\0\x01\0\x01\0\0", "latin1");
  return Buffer.concat([
    Buffer.of(0xff, 0xd8),
    segment(0xe0, jfif),
    ...(options.exif ? [segment(0xe1, options.exif)] : []),
    ...(options.comment ? [segment(0xfe, Buffer.from(options.comment, "utf8"))] : []),
    segment(0xda, Buffer.of(1, 1, 0, 0, 0x3f, 0)),
    Buffer.of(0x00, 0xff, 0xd9),
  ]);
}

/** A WebP container with a VP8L bitstream stub and an EXIF chunk (as Pillow writes it, "Exif\0\0" kept unless `stripHeader`). */
export function webpWithExif(exif: Buffer, options: { stripHeader?: boolean } = {}): Buffer {
  const chunk = (fourcc: string, data: Buffer) => {
    const size = Buffer.alloc(4);
    size.writeUInt32LE(data.length);
    return Buffer.concat([Buffer.from(fourcc, "latin1"), size, data, data.length % 2 ? Buffer.of(0) : Buffer.alloc(0)]);
  };
  const vp8x = Buffer.alloc(10);
  vp8x[0] = 0x08; // EXIF flag
  const body = Buffer.concat([chunk("VP8X", vp8x), chunk("VP8L", Buffer.of(0x2f, 0, 0, 0, 0)), chunk("EXIF", options.stripHeader ? exif.subarray(6) : exif)]);
  const size = Buffer.alloc(4);
  size.writeUInt32LE(body.length + 4);
  return Buffer.concat([Buffer.from("RIFF", "latin1"), size, Buffer.from("WEBP", "latin1"), body]);
}

/** An A1111 `parameters` text in the real infotext layout. */
export function a1111Parameters(options: { modelHash?: string; model?: string; loraHashes?: string; extra?: string }): string {
  const settings = [
    "Steps: 20",
    "Sampler: DPM++ 2M",
    "Schedule type: Karras",
    "CFG scale: 7",
    "Seed: 1234567",
    "Size: 1024x1024",
    ...(options.modelHash ? [`Model hash: ${options.modelHash}`] : []),
    ...(options.model ? [`Model: ${options.model}`] : []),
    ...(options.loraHashes ? [`Lora hashes: ${JSON.stringify(options.loraHashes)}`] : []),
    ...(options.extra ? [options.extra] : []),
    "Version: v1.10.1",
  ];
  return `a lighthouse at dusk, golden light, <lora:add_detail:0.6>\nNegative prompt: blurry, text\n${settings.join(", ")}`;
}

/** A ComfyUI `prompt` graph (API format) as SaveImage writes it: checkpoint loader, optional LoRA, sampler, save. */
export function comfyPrompt(options: { ckptName: string; loraName?: string }): string {
  const graph: Record<string, { class_type: string; inputs: Record<string, unknown> }> = {
    "4": { class_type: "CheckpointLoaderSimple", inputs: { ckpt_name: options.ckptName } },
    "5": { class_type: "EmptyLatentImage", inputs: { width: 1024, height: 1024, batch_size: 1 } },
    "6": { class_type: "CLIPTextEncode", inputs: { text: "a lighthouse at dusk", clip: [options.loraName ? "10" : "4", 1] } },
    "7": { class_type: "CLIPTextEncode", inputs: { text: "blurry", clip: [options.loraName ? "10" : "4", 1] } },
    "3": {
      class_type: "KSampler",
      inputs: {
        seed: 42,
        steps: 20,
        cfg: 7,
        sampler_name: "euler",
        scheduler: "normal",
        denoise: 1,
        model: [options.loraName ? "10" : "4", 0],
        positive: ["6", 0],
        negative: ["7", 0],
        latent_image: ["5", 0],
      },
    },
    "8": { class_type: "VAEDecode", inputs: { samples: ["3", 0], vae: ["4", 2] } },
    "9": { class_type: "SaveImage", inputs: { filename_prefix: "ComfyUI", images: ["8", 0] } },
  };
  if (options.loraName)
    graph["10"] = {
      class_type: "LoraLoader",
      inputs: { lora_name: options.loraName, strength_model: 0.8, strength_clip: 0.8, model: ["4", 0], clip: ["4", 1] },
    };
  return JSON.stringify(graph);
}

/** The editor's `workflow` for the same graph (nodes with widgets_values). */
export function comfyWorkflow(options: { ckptName: string; loraName?: string; loraMode?: number }): string {
  const nodes: Record<string, unknown>[] = [
    { id: 4, type: "CheckpointLoaderSimple", mode: 0, widgets_values: [options.ckptName] },
    { id: 3, type: "KSampler", mode: 0, widgets_values: [42, "fixed", 20, 7, "euler", "normal", 1] },
    { id: 9, type: "SaveImage", mode: 0, widgets_values: ["ComfyUI"] },
  ];
  if (options.loraName) nodes.push({ id: 10, type: "LoraLoader", mode: options.loraMode ?? 0, widgets_values: [options.loraName, 0.8, 0.8] });
  return JSON.stringify({ last_node_id: 10, last_link_id: 9, nodes, links: [], groups: [], config: {}, extra: {}, version: 0.4 });
}
