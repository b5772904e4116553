/** Reading HTML form fields into plain values for zod: blank text is "not given", not "". */

export function text(formData: FormData, name: string): string | undefined {
  const value = formData.get(name);
  if (typeof value !== "string") return undefined;
  return value.trim() === "" ? undefined : value;
}

export function texts(formData: FormData, name: string): string[] {
  return formData
    .getAll(name)
    .filter((value): value is string => typeof value === "string")
    .map((value) => value.trim())
    .filter((value) => value !== "");
}

/** A checkbox: present ("on" or any value) is true. */
export function checked(formData: FormData, name: string): boolean {
  return formData.has(name);
}

/** One entry per non-blank line, e.g. conditions typed one per line. */
export function lines(formData: FormData, name: string): string[] {
  return (text(formData, name) ?? "")
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "");
}
