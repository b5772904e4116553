// What the image readers accept. Generation metadata is a few kilobytes of text (a ComfyUI workflow
// a few hundred); anything far larger is refused rather than read, so a hostile or broken file
// cannot make the page (or the API) allocate without bound.

/** Largest image file the browser reads. */
export const MAX_IMAGE_BYTES = 64 * 1024 * 1024;
/** Largest text of one metadata entry, after decompression. */
export const MAX_TEXT_BYTES = 2 * 1024 * 1024;
/** Most model references taken from one image. */
export const MAX_MODEL_REFERENCES = 32;

export function formatLimit(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${bytes / (1024 * 1024)} MB` : `${bytes / 1024} KB`;
}

/** A problem with a file that the person checking it should read: never a crash. */
export class ImageMetadataError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ImageMetadataError";
  }
}
