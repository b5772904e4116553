import { readFile } from "node:fs/promises";
import path from "node:path";
import prismaInternals from "@prisma/internals";
import pg from "pg";

/**
 * Compares prisma/schema.prisma, read through Prisma's own DMMF, with what the migrations built in a
 * live database: tables, columns, types, nullability, defaults, indexes, foreign keys and enums.
 * Returns one line per difference; an empty list means the two agree.
 */

const { getDMMF } = prismaInternals;
type DmmfDocument = Awaited<ReturnType<typeof getDMMF>>;
type Model = DmmfDocument["datamodel"]["models"][number];
type Field = Model["fields"][number];

const SCALAR_TYPES: Record<string, string> = {
  String: "text",
  Int: "int4",
  BigInt: "int8",
  Float: "float8",
  Boolean: "bool",
  DateTime: "timestamp(3)",
  Json: "jsonb",
  Decimal: "numeric(65,30)",
  Bytes: "bytea",
};

const NATIVE_TYPES: Record<string, (args: string[]) => string> = {
  Uuid: () => "uuid",
  Char: (args) => `bpchar(${args[0]})`,
  VarChar: (args) => (args[0] ? `varchar(${args[0]})` : "varchar"),
  Text: () => "text",
  Timestamptz: (args) => `timestamptz(${args[0] ?? 6})`,
  Timestamp: (args) => `timestamp(${args[0] ?? 6})`,
  Date: () => "date",
  Integer: () => "int4",
  SmallInt: () => "int2",
  DoublePrecision: () => "float8",
  JsonB: () => "jsonb",
};

function expectedType(field: Field): string {
  let base: string;
  if (field.kind === "enum") base = field.type;
  else if (field.nativeType) {
    const [name, args] = field.nativeType as [string, string[]];
    const native = NATIVE_TYPES[name];
    if (!native) throw new Error(`drift check does not know native type @db.${name}`);
    base = native(args);
  } else {
    const scalar = SCALAR_TYPES[field.type];
    if (!scalar) throw new Error(`drift check does not know scalar type ${field.type}`);
    base = scalar;
  }
  return field.isList ? `${base}[]` : base;
}

/** Reduces a default expression to a comparable core: no casts, no quotes. */
export function normaliseDefault(expression: string | null): string | null {
  if (expression === null) return null;
  return expression
    .replace(/::[\w" ]+(\(\d+(,\d+)?\))?(\[\])?/g, "")
    .replace(/^'(.*)'$/s, "$1")
    .replace(/"/g, "")
    .trim()
    .toLowerCase();
}

function expectedDefault(model: Model, field: Field): string | null {
  if (!field.hasDefaultValue || field.default === undefined) return null;
  const value = field.default as unknown;
  if (Array.isArray(value)) {
    return value.length === 0 ? "array[]" : `array[${value.map((item) => `'${String(item)}'`).join(", ")}]`;
  }
  if (value !== null && typeof value === "object" && "name" in value) {
    const fn = value as { name: string; args: unknown[] };
    if (fn.name === "autoincrement") return `nextval('${model.dbName ?? model.name}_${field.dbName ?? field.name}_seq'`.toLowerCase() + "";
    if (fn.name === "now") return "current_timestamp";
    if (fn.name === "dbgenerated") return String(fn.args[0]).toLowerCase();
    throw new Error(`drift check does not know default ${fn.name}()`);
  }
  return String(value).toLowerCase();
}

interface ColumnRow {
  table_name: string;
  column_name: string;
  is_nullable: "YES" | "NO";
  column_default: string | null;
  type: string;
}

interface IndexRow {
  table_name: string;
  index_name: string;
  is_unique: boolean;
  is_primary: boolean;
  columns: string[];
}

interface ForeignKeyRow {
  table_name: string;
  constraint_name: string;
  columns: string[];
  foreign_table: string;
  foreign_columns: string[];
  on_delete: string;
}

const ON_DELETE: Record<string, string> = { a: "NoAction", r: "Restrict", c: "Cascade", n: "SetNull", d: "SetDefault" };

async function readDatabase(connectionString: string) {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const tables = await client.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
    );
    const columns = await client.query<ColumnRow>(`
      SELECT c.table_name, c.column_name, c.is_nullable, c.column_default,
             format_type(a.atttypid, a.atttypmod) AS type
      FROM information_schema.columns c
      JOIN pg_attribute a ON a.attrelid = format('public.%I', c.table_name)::regclass AND a.attname = c.column_name
      WHERE c.table_schema = 'public'`);
    const indexes = await client.query<IndexRow>(`
      SELECT t.relname::text AS table_name, i.relname::text AS index_name, x.indisunique AS is_unique, x.indisprimary AS is_primary,
             array_agg(a.attname::text ORDER BY k.ordinality) AS columns
      FROM pg_index x
      JOIN pg_class i ON i.oid = x.indexrelid
      JOIN pg_class t ON t.oid = x.indrelid
      JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = 'public'
      CROSS JOIN LATERAL unnest(x.indkey) WITH ORDINALITY AS k(attnum, ordinality)
      JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
      GROUP BY t.relname, i.relname, x.indisunique, x.indisprimary`);
    const foreignKeys = await client.query<ForeignKeyRow>(`
      SELECT t.relname::text AS table_name, c.conname::text AS constraint_name,
             (SELECT array_agg(a.attname::text ORDER BY k.o) FROM unnest(c.conkey) WITH ORDINALITY k(n, o)
                JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n) AS columns,
             f.relname::text AS foreign_table,
             (SELECT array_agg(a.attname::text ORDER BY k.o) FROM unnest(c.confkey) WITH ORDINALITY k(n, o)
                JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.n) AS foreign_columns,
             c.confdeltype AS on_delete
      FROM pg_constraint c
      JOIN pg_class t ON t.oid = c.conrelid
      JOIN pg_class f ON f.oid = c.confrelid
      JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = 'public'
      WHERE c.contype = 'f'`);
    const enums = await client.query<{ name: string; values: string[] }>(`
      SELECT t.typname::text AS name, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS values
      FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
      JOIN pg_namespace n ON n.oid = t.typnamespace AND n.nspname = 'public'
      GROUP BY t.typname`);
    return { tables: tables.rows, columns: columns.rows, indexes: indexes.rows, foreignKeys: foreignKeys.rows, enums: enums.rows };
  } finally {
    await client.end();
  }
}

/** Postgres's spelling of a type, in the vocabulary expectedType() uses. */
function databaseType(formatted: string): string {
  const list = formatted.endsWith("[]");
  const base = formatted.replace(/\[\]$/, "").replace(/"/g, "");
  const mapped =
    {
      text: "text",
      integer: "int4",
      bigint: "int8",
      "double precision": "float8",
      boolean: "bool",
      jsonb: "jsonb",
      uuid: "uuid",
      date: "date",
      smallint: "int2",
      bytea: "bytea",
    }[base] ??
    base
      .replace(/^timestamp\((\d)\) with time zone$/, "timestamptz($1)")
      .replace(/^timestamp\((\d)\) without time zone$/, "timestamp($1)")
      .replace(/^character\((\d+)\)$/, "bpchar($1)")
      .replace(/^character varying\((\d+)\)$/, "varchar($1)")
      .replace(/^numeric\((\d+),(\d+)\)$/, "numeric($1,$2)");
  return list ? `${mapped}[]` : mapped;
}

function indexName(model: Model, kind: "id" | "unique" | "normal", fields: string[], dbName?: string | null): string {
  if (dbName) return dbName;
  const table = model.dbName ?? model.name;
  if (kind === "id") return `${table}_pkey`;
  return `${table}_${fields.join("_")}_${kind === "unique" ? "key" : "idx"}`;
}

export async function compareSchemaToDatabase(connectionString: string, schemaPath = path.join(process.cwd(), "prisma", "schema.prisma")): Promise<string[]> {
  const dmmf = await getDMMF({ datamodel: await readFile(schemaPath, "utf8") });
  const db = await readDatabase(connectionString);
  const differences: string[] = [];

  const expectedTables = new Set(dmmf.datamodel.models.map((model) => model.dbName ?? model.name));
  for (const { table_name } of db.tables) {
    if (table_name !== "_prisma_migrations" && !expectedTables.has(table_name)) differences.push(`table ${table_name}: in the database, not in the schema`);
  }

  for (const model of dmmf.datamodel.models) {
    const table = model.dbName ?? model.name;
    if (!db.tables.some((row) => row.table_name === table)) {
      differences.push(`table ${table}: in the schema, not in the database`);
      continue;
    }
    const columns = new Map(db.columns.filter((row) => row.table_name === table).map((row) => [row.column_name, row]));
    const scalarFields = model.fields.filter((field) => field.kind !== "object");
    for (const field of scalarFields) {
      const column = columns.get(field.dbName ?? field.name);
      const where = `${table}.${field.dbName ?? field.name}`;
      if (!column) {
        differences.push(`column ${where}: in the schema, not in the database`);
        continue;
      }
      const wantType = expectedType(field);
      const haveType = databaseType(column.type);
      if (wantType !== haveType) differences.push(`column ${where}: type ${haveType} in the database, ${wantType} in the schema`);
      // Prisma creates scalar-list columns without NOT NULL.
      const wantNullable = !field.isRequired || field.isList;
      if ((column.is_nullable === "YES") !== wantNullable) {
        differences.push(
          `column ${where}: ${column.is_nullable === "YES" ? "nullable" : "NOT NULL"} in the database, ${wantNullable ? "nullable" : "NOT NULL"} in the schema`,
        );
      }
      const wantDefault = expectedDefault(model, field);
      const haveDefault = normaliseDefault(column.column_default);
      const defaultsMatch = wantDefault === null ? haveDefault === null : haveDefault !== null && haveDefault.startsWith(wantDefault);
      if (!defaultsMatch) differences.push(`column ${where}: default ${haveDefault ?? "none"} in the database, ${wantDefault ?? "none"} in the schema`);
    }
    for (const name of columns.keys()) {
      if (!scalarFields.some((field) => (field.dbName ?? field.name) === name)) differences.push(`column ${table}.${name}: in the database, not in the schema`);
    }

    const wantIndexes = dmmf.datamodel.indexes
      .filter((index) => index.model === model.name && index.type !== "fulltext")
      .map((index) => {
        const fields = index.fields.map((field) => model.fields.find((f) => f.name === field.name)?.dbName ?? field.name);
        const kind = index.type as "id" | "unique" | "normal";
        return { name: indexName(model, kind, fields, index.dbName), unique: kind !== "normal", primary: kind === "id", columns: fields };
      });
    const haveIndexes = db.indexes.filter((row) => row.table_name === table);
    for (const want of wantIndexes) {
      const have = haveIndexes.find((row) => row.index_name === want.name);
      if (!have) differences.push(`index ${want.name} on ${table}(${want.columns.join(", ")}): in the schema, not in the database`);
      else if (have.is_unique !== want.unique || have.is_primary !== want.primary || have.columns.join(",") !== want.columns.join(",")) {
        differences.push(
          `index ${want.name}: (${have.columns.join(", ")}) unique=${have.is_unique} in the database, (${want.columns.join(", ")}) unique=${want.unique} in the schema`,
        );
      }
    }
    for (const have of haveIndexes) {
      if (!wantIndexes.some((want) => want.name === have.index_name))
        differences.push(`index ${have.index_name} on ${table}: in the database, not in the schema`);
    }

    const wantForeignKeys = model.fields
      .filter((field) => field.kind === "object" && field.relationFromFields && field.relationFromFields.length > 0)
      .map((field) => {
        const target = dmmf.datamodel.models.find((other) => other.name === field.type)!;
        return {
          columns: field.relationFromFields!,
          foreignTable: target.dbName ?? target.name,
          foreignColumns: field.relationToFields ?? [],
          onDelete: field.relationOnDelete ?? (field.isRequired ? "Restrict" : "SetNull"),
        };
      });
    const haveForeignKeys = db.foreignKeys.filter((row) => row.table_name === table);
    for (const want of wantForeignKeys) {
      const have = haveForeignKeys.find((row) => row.columns.join(",") === want.columns.join(","));
      const label = `foreign key ${table}(${want.columns.join(", ")}) -> ${want.foreignTable}`;
      if (!have) differences.push(`${label}: in the schema, not in the database`);
      else if (
        have.foreign_table !== want.foreignTable ||
        have.foreign_columns.join(",") !== want.foreignColumns.join(",") ||
        ON_DELETE[have.on_delete] !== want.onDelete
      ) {
        differences.push(
          `${label}: references ${have.foreign_table}(${have.foreign_columns.join(", ")}) on delete ${ON_DELETE[have.on_delete]} in the database`,
        );
      }
    }
    for (const have of haveForeignKeys) {
      if (!wantForeignKeys.some((want) => want.columns.join(",") === have.columns.join(","))) {
        differences.push(`foreign key ${have.constraint_name}: in the database, not in the schema`);
      }
    }
  }

  for (const enumType of dmmf.datamodel.enums) {
    const have = db.enums.find((row) => row.name === (enumType.dbName ?? enumType.name));
    const want = enumType.values.map((value) => value.dbName ?? value.name);
    if (!have) differences.push(`enum ${enumType.name}: in the schema, not in the database`);
    else if (have.values.join(",") !== want.join(","))
      differences.push(`enum ${enumType.name}: (${have.values.join(", ")}) in the database, (${want.join(", ")}) in the schema`);
  }
  for (const have of db.enums) {
    if (!dmmf.datamodel.enums.some((enumType) => (enumType.dbName ?? enumType.name) === have.name))
      differences.push(`enum ${have.name}: in the database, not in the schema`);
  }
  return differences;
}
