const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An id from an address is looked up only when it can be one of ours: anything else is "not found", never a database error. */
export function isUuid(id: string): boolean {
  return UUID.test(id);
}
