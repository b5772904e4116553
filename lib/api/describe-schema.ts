// Plain-words reading of the JSON Schemas in the OpenAPI description, for the /docs/api page.

type JsonSchema = Record<string, unknown>;

const COMPONENT_PREFIX = "#/components/schemas/";

/** The component a `$ref` names, or null. */
export function refName(schema: JsonSchema): string | null {
  const ref = schema.$ref;
  return typeof ref === "string" && ref.startsWith(COMPONENT_PREFIX) ? ref.slice(COMPONENT_PREFIX.length) : null;
}

/** A short type label: `string (uuid)`, `array of LookupMatch`, `one of: A, B`, `object`, `X or null`. */
export function typeLabel(schema: JsonSchema): string {
  const name = refName(schema);
  if (name) return name;
  if (typeof schema.$ref === "string") return schema.$ref;
  const variants = (schema.anyOf ?? schema.oneOf) as JsonSchema[] | undefined;
  if (variants) return variants.map(typeLabel).join(" or ");
  if (Array.isArray(schema.enum)) return `one of: ${schema.enum.map(String).join(", ")}`;
  const type = Array.isArray(schema.type) ? schema.type.join(" or ") : (schema.type as string | undefined);
  if (type === "array") return `array of ${schema.items ? typeLabel(schema.items as JsonSchema) : "anything"}`;
  if (type === "object" && !schema.properties && schema.additionalProperties && typeof schema.additionalProperties === "object") {
    const key = schema.propertyNames && (schema.propertyNames as JsonSchema).$ref ? typeLabel(schema.propertyNames as JsonSchema) : "string";
    return `map of ${key} to ${typeLabel(schema.additionalProperties as JsonSchema)}`;
  }
  if (type === "string" && typeof schema.format === "string") return `string (${schema.format})`;
  if (type === "string" && typeof schema.pattern === "string") return `string matching ${schema.pattern}`;
  return type ?? "any";
}

export interface PropertyRow {
  /** Dotted path from the schema's root, e.g. `facts.sha256` or `matches[].approvals[]`. */
  path: string;
  depth: number;
  type: string;
  required: boolean;
  description: string | null;
}

/**
 * The properties of an object schema, nested objects (and arrays of them) flattened with dotted
 * paths; a `$ref` stops the descent (the referenced component is listed on its own).
 */
export function propertyRows(schema: JsonSchema, prefix = "", depth = 0): PropertyRow[] {
  const properties = schema.properties as Record<string, JsonSchema> | undefined;
  if (!properties) return [];
  const required = new Set((schema.required as string[] | undefined) ?? []);
  return Object.entries(properties).flatMap(([name, property]) => {
    const path = prefix ? `${prefix}.${name}` : name;
    const row: PropertyRow = {
      path,
      depth,
      type: typeLabel(property),
      required: required.has(name),
      description: (property.description as string | undefined) ?? null,
    };
    const nested = nestedObject(property);
    if (!nested) return [row];
    return [row, ...propertyRows(nested.schema, `${path}${nested.suffix}`, depth + 1)];
  });
}

function nestedObject(schema: JsonSchema): { schema: JsonSchema; suffix: string } | null {
  if (refName(schema)) return null;
  if (schema.properties) return { schema, suffix: "" };
  const variants = (schema.anyOf ?? schema.oneOf) as JsonSchema[] | undefined;
  const objectVariant = variants?.find((variant) => variant.properties);
  if (objectVariant) return { schema: objectVariant, suffix: "" };
  if (schema.type === "array" && schema.items && (schema.items as JsonSchema).properties) return { schema: schema.items as JsonSchema, suffix: "[]" };
  return null;
}
