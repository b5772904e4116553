/**
 * A form's fields as the object its zod schema parses. Dotted names nest ("terms.RESEARCH.status"
 * becomes { terms: { RESEARCH: { status } } }), so the dotted paths of zod's field errors are
 * exactly the names of the inputs to show them under. Names listed in `multi` (checkbox groups)
 * become arrays. React's own fields ($ACTION_...) are skipped.
 */
export function formInput(formData: FormData, options: { multi?: readonly string[] } = {}): Record<string, unknown> {
  const multi = new Set(options.multi ?? []);
  const result: Record<string, unknown> = {};
  for (const name of new Set(formData.keys())) {
    if (name.startsWith("$")) continue;
    const values = formData.getAll(name).filter((value): value is string => typeof value === "string");
    setPath(result, name.split("."), multi.has(name) ? values : values[0]);
  }
  for (const name of multi) if (!formData.has(name)) setPath(result, name.split("."), []);
  return result;
}

function setPath(target: Record<string, unknown>, path: string[], value: unknown): void {
  let node = target;
  for (const [index, key] of path.entries()) {
    if (key === "__proto__" || key === "constructor" || key === "prototype") return;
    if (index === path.length - 1) {
      node[key] = value;
      return;
    }
    const next = node[key];
    if (typeof next !== "object" || next === null || Array.isArray(next)) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
}
