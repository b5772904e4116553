import { parseDocument } from "yaml";
import { mapCardData, modelCardDataSchema } from "./huggingface-model";
import type { ImportedFacts } from "./imported-facts";

// A dropped model card (README.md): the YAML front matter between the leading "---" lines is what
// the Hub shows as the card's metadata (huggingface_hub's repocard.py reads it the same way).

const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(\r?\n|$)/;
const MAX_CARD_BYTES = 2 * 1024 * 1024;

export type ModelCardResult = { ok: true; facts: ImportedFacts } | { ok: false; message: string };

export function readModelCard(text: string, fileName = "README.md"): ModelCardResult {
  if (text.length > MAX_CARD_BYTES) return { ok: false, message: "That model card is over 2 MB; it cannot be read." };
  const match = FRONT_MATTER.exec(text);
  if (!match) return { ok: false, message: `${fileName} has no metadata block (YAML between “---” lines at the top), so there is nothing to import.` };
  const document = parseDocument(match[1]!, { prettyErrors: false, uniqueKeys: false });
  if (document.errors.length > 0) return { ok: false, message: `${fileName}'s metadata is not valid YAML: ${document.errors[0]!.message.split("\n")[0]}` };
  let data: unknown;
  try {
    // No alias expansion: a card is data, never a YAML bomb.
    data = document.toJS({ maxAliasCount: 0 });
  } catch {
    return { ok: false, message: `${fileName}'s metadata could not be read.` };
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) return { ok: false, message: `${fileName}'s metadata is not a list of fields.` };
  const card = modelCardDataSchema.parse(data);
  const repo = typeof (data as Record<string, unknown>).model_name === "string" ? String((data as Record<string, unknown>).model_name) : null;
  const facts = mapCardData(card, null, `Model card ${fileName}`);
  return { ok: true, facts: { ...facts, name: repo } };
}
