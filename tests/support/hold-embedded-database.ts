/** Test helper process: opens the embedded database, prints its URL, and holds it until stdin closes. */
import { openEmbeddedDatabase } from "@/scripts/lib/embedded-database";

const database = await openEmbeddedDatabase({ owner: process.argv[2] ?? "holder" });
console.log(`URL ${database.url}`);
process.stdin.resume();
process.stdin.once("end", async () => {
  await database.stop();
  process.exit(0);
});
