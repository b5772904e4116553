import path from "node:path";

/** Where local state lives: the embedded database, its lock, the local auth secret. Git-ignored. */
export function dataRoot(): string {
  return path.resolve(process.env.CHECKPOINT_DATA_DIR ?? path.join(process.cwd(), ".data"));
}
