/** The text entries an image file carries, by key (`parameters`, `prompt`, `workflow`, `UserComment`, ...). */
export interface ImageTextEntry {
  key: string;
  text: string;
  /** Where in the file it sat, for messages: "PNG tEXt", "JPEG EXIF UserComment", ... */
  where: string;
}

export interface ImageTexts {
  format: "PNG" | "JPEG" | "WEBP";
  entries: ImageTextEntry[];
  /** Entries or parts of the file that were skipped, each in a sentence for the person checking it. */
  warnings: string[];
}

const latin1 = new TextDecoder("latin1");
const utf8 = new TextDecoder("utf-8");

export function decodeLatin1(bytes: Uint8Array): string {
  return latin1.decode(bytes);
}

export function decodeUtf8(bytes: Uint8Array): string {
  return utf8.decode(bytes);
}
