import { csvRow } from "@/lib/audit/csv";

/** A CSV document as text chunks: the header row, then one row per item. */
export async function* csvChunks<T>(columns: readonly string[], items: AsyncIterable<T>, values: (item: T) => unknown[]): AsyncGenerator<string> {
  yield csvRow(columns);
  for await (const item of items) yield csvRow(values(item));
}

/** A JSON array as text chunks, one element per chunk, so it can be streamed. */
export async function* jsonArrayChunks<T>(items: AsyncIterable<T>): AsyncGenerator<string> {
  yield "[";
  let first = true;
  for await (const item of items) {
    yield `${first ? "\n" : ",\n"}${JSON.stringify(item)}`;
    first = false;
  }
  yield "\n]\n";
}

/** Pulls the chunks on demand: the reader's pace sets how much is ever in memory. */
export function textStream(chunks: AsyncGenerator<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
}

export function downloadHeaders(format: "csv" | "json", fileName: string): HeadersInit {
  return {
    "Content-Type": format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8",
    "Content-Disposition": `attachment; filename="${fileName}.${format}"`,
    "Cache-Control": "no-store",
  };
}
