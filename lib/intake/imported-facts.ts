import type { CommercialUse, VersionKind } from "@/lib/licensing/vocabulary";
import type { ArchitectureKey } from "@/lib/safetensors/architecture";

// What an import read from Civitai or the Hugging Face Hub, before it is matched against the
// catalog: plain data, the same shape for both sources, so one prefill mapper serves both.

export const IMPORT_SOURCES = ["CIVITAI", "HUGGING_FACE"] as const;
export type ImportSource = (typeof IMPORT_SOURCES)[number];

export const IMPORT_SOURCE_LABELS: Record<ImportSource, string> = {
  CIVITAI: "Civitai",
  HUGGING_FACE: "Hugging Face",
};

export interface ImportedFile {
  name: string;
  /** Lower-case hex, or null when the source does not publish it. */
  sha256: string | null;
  /** The first 10 hex digits of the SHA-256 (upper case, as A1111 and Civitai show it). */
  autov2: string | null;
  sizeBytes: number | null;
  /** The file the source calls the model's main file. */
  primary: boolean;
}

/** A licence as the source names it; matched against the catalog's keys and aliases later. */
export interface ImportedLicense {
  /** Hugging Face `license:` id (e.g. `creativeml-openrail-m`, `other`) or a catalog alias. */
  id: string | null;
  /** `license_name:` on Hugging Face, the licence's name in Civitai's base-model table. */
  name: string | null;
  link: string | null;
  /** Where the value was read, shown next to the field. */
  origin: string;
}

/** A model this one derives from, as the source names it. */
export interface ImportedBaseModel {
  /** A Hugging Face repo id (`org/name`) or Civitai's base model name (`SDXL 1.0`). */
  ref: string;
  /** Names the catalog may know it by (aliases, checkpoint names), most specific first. */
  candidates: string[];
  /** A Hugging Face URL the catalog may have recorded as a version's source. */
  sourceUrl: string | null;
  origin: string;
}

export interface ImportedCreatorTerms {
  allowCommercialUse: CommercialUse[];
  allowNoCredit: boolean | null;
  allowDerivatives: boolean | null;
  allowDifferentLicense: boolean | null;
  origin: string;
}

export interface ImportedFacts {
  source: ImportSource;
  /** The public page of the model (never an API URL); null for a pasted model card. */
  pageUrl: string | null;
  name: string | null;
  version: string | null;
  publisher: string | null;
  architectureKey: ArchitectureKey | null;
  architectureOrigin: string | null;
  kind: VersionKind | null;
  kindOrigin: string | null;
  baseModels: ImportedBaseModel[];
  licenses: ImportedLicense[];
  creatorTerms: ImportedCreatorTerms | null;
  files: ImportedFile[];
  /** Things the submitter should know (a LoRA, not a checkpoint; an unlisted base model...). */
  notes: string[];
}

/** A1111's and Civitai's short hash: the first 10 hex digits of the SHA-256, upper case. */
export function autoV2(sha256: string | null): string | null {
  return sha256 && /^[0-9a-f]{64}$/i.test(sha256) ? sha256.slice(0, 10).toUpperCase() : null;
}

/** The file the form should take: the primary one, else the only model-sized one. */
export function primaryFile(files: readonly ImportedFile[]): ImportedFile | null {
  return files.find((file) => file.primary) ?? (files.length === 1 ? files[0]! : null);
}
