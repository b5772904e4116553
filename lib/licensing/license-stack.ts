import type { LayerSource } from "@/lib/licensing/layer-source";
import type { IntendedUse, TermStatus } from "@/lib/licensing/vocabulary";

/** One layer of the license stack, as the detail page and the API show it. */
export interface StackLayer {
  kind: LayerSource["kind"];
  title: string;
  licenseKey: string | null;
  url: string | null;
  /** License revision, or the creator terms' revision. */
  revision: number | null;
  /** Only the uses the layer speaks to; `stated` false when a license is silent and read as UNKNOWN. */
  terms: { use: IntendedUse; status: TermStatus; conditions: string[]; stated: boolean; basis: string | null }[];
  obligations: string[];
  passThrough: string | null;
  unknowns: string[];
  text: string | null;
}

/** The layers of one version of the lineage, nearest version first. */
export interface StackVersion {
  versionId: string;
  name: string;
  /** 0: this version; 1: a parent; 2: a grandparent... */
  depth: number;
  layers: StackLayer[];
}
