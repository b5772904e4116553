import { gzipSync } from "node:zlib";

export interface FirstLoadJs {
  scripts: number;
  rawBytes: number;
  gzipBytes: number;
  /** Inline <script> content (the RSC payload), gzipped: reported, not counted as shipped code. */
  inlineGzipBytes: number;
}

/** The JavaScript a browser downloads on first load of a page: every <script src> of its served HTML, gzipped. */
export async function measureFirstLoadJs(baseUrl: string, path: string, headers: Record<string, string>): Promise<FirstLoadJs> {
  const html = await (await fetch(`${baseUrl}${path}`, { headers })).text();
  const sources = [...new Set([...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((match) => match[1]!.replace(/&amp;/g, "&")))];
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const source of sources) {
    const body = Buffer.from(await (await fetch(new URL(source, baseUrl))).arrayBuffer());
    rawBytes += body.length;
    gzipBytes += gzipSync(body).length;
  }
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]!).join("");
  return { scripts: sources.length, rawBytes, gzipBytes, inlineGzipBytes: gzipSync(Buffer.from(inline)).length };
}
