import { z } from "zod";

// The import's input: a reference to fetch (a URL, AIR, hash or repo id; only ids are taken from
// it), or pasted text (a Civitai JSON answer or a model card) for the offline import.

const MAX_PASTE = 2 * 1024 * 1024;

export const importInputSchema = z.discriminatedUnion(
  "mode",
  [
    z.object({
      mode: z.literal("reference"),
      reference: z.string({ message: "Enter what to import." }).trim().min(1, "Enter what to import.").max(500, "That is too long for a model address."),
    }),
    z.object({
      mode: z.literal("paste"),
      text: z
        .string({ message: "Paste the JSON or the model card." })
        .min(1, "Paste the JSON or the model card.")
        .max(MAX_PASTE, "That is over 2 MB; paste only the model's JSON or card."),
      fileName: z
        .string()
        .trim()
        .max(255)
        .nullish()
        .transform((value) => value || null),
    }),
  ],
  { message: "Choose what to import." },
);
export type ImportInput = z.infer<typeof importInputSchema>;
