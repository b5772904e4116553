/**
 * A value written as JSON text, typed by what it holds. A server component hands a client component
 * its data this way when there is a lot of it: React's payload serialiser and parser call back into
 * JavaScript for every value of an object prop (each row, each field), but take a long string as it
 * is, and JSON.parse on the other side is native. Only for plain JSON data (no dates, no undefined
 * inside arrays).
 */
export type JsonText<T> = string & { readonly __jsonOf?: T };

export function toJsonText<T>(value: T): JsonText<T> {
  return JSON.stringify(value) as JsonText<T>;
}

export function fromJsonText<T>(text: JsonText<T>): T {
  return JSON.parse(text) as T;
}
