import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory, type SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { scratchServerUrl } from "@/scripts/lib/scratch-database";
import * as engineBindings from "@prisma/schema-engine-wasm/schema_engine_bg";

/**
 * The SQL that takes a database shaped like `fromSchema` (null: an empty one) to `toSchema`.
 * Prisma's schema engine, compiled to WebAssembly and shipped in the npm package
 * `@prisma/schema-engine-wasm`, driven through the `pg` adapter. The native engine binary the CLI
 * wants cannot be downloaded here; this one needs no download. Used only to author migrations.
 */
export async function diffSchemas(fromSchema: string | null, toSchema: string): Promise<string> {
  // The engine connects even for a schema-to-schema diff (it asks the server's version); it reads no tables.
  const engine = await openEngine(scratchServerUrl(), toSchema);
  const result = await engine.diff({
    from: fromSchema === null ? { tag: "empty" } : { tag: "schemaDatamodel", files: [{ path: "from.prisma", content: fromSchema }] },
    to: { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: toSchema }] },
    script: true,
    exitCode: null,
    filters: { externalTables: [], externalEnums: [] },
  });
  return result.stdout ?? "";
}

let initialised = false;

async function openEngine(connectionString: string, schema: string) {
  if (!initialised) {
    const require = createRequire(import.meta.url);
    const wasmPath = require.resolve("@prisma/schema-engine-wasm").replace(/schema_engine\.js$/, "schema_engine_bg.wasm");
    const { instance } = await WebAssembly.instantiate(await readFile(wasmPath), {
      "./schema_engine_bg.js": engineBindings as unknown as WebAssembly.ModuleImports,
    });
    engineBindings.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
    initialised = true;
  }
  const pgFactory = new PrismaPg({ connectionString });
  // The engine calls these unbound, so wrap them.
  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: pgFactory.provider,
    adapterName: pgFactory.adapterName,
    connect: () => pgFactory.connect(),
    connectToShadowDb: () => pgFactory.connectToShadowDb(),
  };
  const log = (message: string) => {
    if (process.env.DEBUG_SCHEMA_ENGINE) console.error(message);
  };
  return engineBindings.SchemaEngine.new({ datamodels: [["schema.prisma", schema]] }, log, bindMigrationAwareSqlAdapterFactory(factory));
}
