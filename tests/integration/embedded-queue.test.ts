import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { keepExtendedQueriesTogether, queueOf } from "@/scripts/lib/pglite-queue-patch";

// Frontend protocol messages, built by hand so the test controls exactly how two connections' messages interleave.
function message(type: string, body: Buffer): Uint8Array {
  const header = Buffer.alloc(5);
  header.write(type, 0, "ascii");
  header.writeInt32BE(body.length + 4, 1);
  return new Uint8Array(Buffer.concat([header, body]));
}
const cstring = (text: string) => Buffer.from(`${text}\0`, "utf8");
const int16 = (value: number) => {
  const buffer = Buffer.alloc(2);
  buffer.writeInt16BE(value);
  return buffer;
};
const int32 = (value: number) => {
  const buffer = Buffer.alloc(4);
  buffer.writeInt32BE(value);
  return buffer;
};
const parse = (sql: string) => message("P", Buffer.concat([cstring(""), cstring(sql), int16(0)]));
const bind = (params: string[]) =>
  message(
    "B",
    Buffer.concat([
      cstring(""),
      cstring(""),
      int16(0),
      int16(params.length),
      ...params.flatMap((p) => [int32(Buffer.byteLength(p)), Buffer.from(p)]),
      int16(0),
    ]),
  );
const execute = () => message("E", Buffer.concat([cstring(""), int32(0)]));
const sync = () => message("S", Buffer.alloc(0));

let db: PGlite;

beforeAll(async () => {
  db = await PGlite.create();
});
afterAll(async () => {
  await db.close();
});

/** Two connections' extended queries arrive interleaved; returns each connection's responses as text. */
async function interleavedQueries(patched: boolean): Promise<string[]> {
  const server = new PGLiteSocketServer({ db, port: 0, maxConnections: 4 });
  if (patched) keepExtendedQueriesTogether(server);
  const queue = queueOf(server) as unknown as { enqueue: (id: number, message: Uint8Array, onData: (data: Uint8Array) => void) => Promise<number> };
  const output = ["", ""];
  const onData = (connection: number) => (data: Uint8Array) => (output[connection] += Buffer.from(data).toString("latin1"));
  const sequences = [
    [parse("SELECT $1::int AS one"), bind(["1"]), execute(), sync()],
    [parse("SELECT $1::int + $2::int AS two"), bind(["2", "3"]), execute(), sync()],
  ];
  const pending: Promise<unknown>[] = [];
  for (let step = 0; step < 4; step += 1) {
    for (const connection of [0, 1]) pending.push(queue.enqueue(connection + 1, sequences[connection]![step]!, onData(connection)).catch(() => undefined));
  }
  await Promise.race([Promise.all(pending), new Promise((resolve) => setTimeout(resolve, 5_000))]);
  return output;
}

describe("embedded database connection multiplexing", () => {
  it("without the patch, interleaved extended queries of two connections break each other", async () => {
    const output = await interleavedQueries(false);
    expect(output.join("")).toMatch(/bind message supplies \d parameters?, but prepared statement "" requires \d/);
  });

  it("with the patch, each connection's sequence runs whole and both get their rows", async () => {
    const [first, second] = await interleavedQueries(true);
    expect(first).not.toMatch(/bind message supplies/);
    expect(second).not.toMatch(/bind message supplies/);
    // DataRow ('D') carrying the text of each result.
    expect(first).toContain("D\u0000\u0000\u0000\u000b\u0000\u0001\u0000\u0000\u0000\u00011");
    expect(second).toContain("D\u0000\u0000\u0000\u000b\u0000\u0001\u0000\u0000\u0000\u00015");
  });
});
