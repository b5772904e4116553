// Reading what the submitter typed into "Import from Civitai or Hugging Face". Only ids are taken
// from it: the host the server then fetches is always the configured one, never the typed one.

export type ImportReference =
  | { source: "CIVITAI"; modelId: number | null; versionId: number | null }
  | { source: "CIVITAI_HASH"; hash: string }
  | { source: "HUGGING_FACE"; repoId: string };

export type ParsedReference = { ok: true; reference: ImportReference } | { ok: false; message: string };

const NOT_UNDERSTOOD =
  "Enter a Civitai model URL (civitai.com/models/…), a Civitai AIR (urn:air:…:civitai:<id>@<version>), a file hash, or a Hugging Face repo (huggingface.co/org/name or org/name).";

const CIVITAI_HOSTS = new Set(["civitai.com", "www.civitai.com", "civitai.green", "www.civitai.green"]);
const HF_HOSTS = new Set(["huggingface.co", "www.huggingface.co", "hf.co"]);
// Hugging Face repo names: letters, digits, "-", "_", "."; no "--" or ".." and not starting or ending with them.
const HF_PART = /^(?![-.])(?!.*(--|\.\.))[A-Za-z0-9_.-]{1,96}(?<![-.])$/;
const MAX_ID = 2_147_483_647; // Civitai's ids are PostgreSQL int4

export function parseImportReference(input: string): ParsedReference {
  const text = input.trim();
  if (!text) return { ok: false, message: "Enter what to import." };
  if (text.length > 500) return { ok: false, message: "That is too long for a model address." };

  const air = /^urn:air:[a-z0-9.-]+:[a-z0-9_-]+:civitai:(\d+)(?:@(\d+))?(?:\.[a-z0-9]+)?$/i.exec(text);
  if (air) return civitai(Number(air[1]), air[2] ? Number(air[2]) : null);
  if (/^urn:air:/i.test(text)) return { ok: false, message: "Only Civitai AIRs (urn:air:…:civitai:<model>@<version>) can be imported." };

  if (/^[0-9a-f]{64}$/i.test(text) || /^[0-9a-f]{10}$/i.test(text)) return { ok: true, reference: { source: "CIVITAI_HASH", hash: text.toUpperCase() } };

  const url = asUrl(text);
  if (url) {
    const host = url.hostname.toLowerCase();
    if (CIVITAI_HOSTS.has(host)) return civitaiUrl(url);
    if (HF_HOSTS.has(host)) return huggingFaceUrl(url);
    return { ok: false, message: `Only civitai.com and huggingface.co addresses can be imported, not ${host}.` };
  }

  const parts = text.split("/");
  if (parts.length === 2 && parts.every((part) => HF_PART.test(part))) return { ok: true, reference: { source: "HUGGING_FACE", repoId: text } };
  return { ok: false, message: NOT_UNDERSTOOD };
}

function asUrl(text: string): URL | null {
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text)
    ? text
    : /^(www\.)?(civitai\.(com|green)|huggingface\.co|hf\.co)\//i.test(text)
      ? `https://${text}`
      : null;
  if (!withScheme) return null;
  try {
    const url = new URL(withScheme);
    return url.protocol === "https:" || url.protocol === "http:" ? url : null;
  } catch {
    return null;
  }
}

function civitaiUrl(url: URL): ParsedReference {
  const versionParam = url.searchParams.get("modelVersionId");
  const model = /^\/models\/(\d+)(?:\/|$)/.exec(url.pathname);
  const version = /^\/model-versions\/(\d+)(?:\/|$)/.exec(url.pathname) ?? /^\/api\/download\/models\/(\d+)(?:\/|$)/.exec(url.pathname);
  if (version) return civitai(null, Number(version[1]));
  if (!model) return { ok: false, message: "That Civitai address names no model: use the model page's address, civitai.com/models/<id>." };
  if (versionParam !== null && !/^\d+$/.test(versionParam)) return { ok: false, message: "The modelVersionId in that address is not a number." };
  return civitai(Number(model[1]), versionParam ? Number(versionParam) : null);
}

function civitai(modelId: number | null, versionId: number | null): ParsedReference {
  for (const id of [modelId, versionId]) {
    if (id !== null && (!Number.isSafeInteger(id) || id < 1 || id > MAX_ID)) return { ok: false, message: "That Civitai id is out of range." };
  }
  return { ok: true, reference: { source: "CIVITAI", modelId, versionId } };
}

function huggingFaceUrl(url: URL): ParsedReference {
  const parts = url.pathname.split("/").filter(Boolean);
  // huggingface.co/<org>/<name>[/tree|blob|resolve/...]; not datasets/ or spaces/.
  if (parts[0] === "datasets" || parts[0] === "spaces") return { ok: false, message: "That is a Hugging Face dataset or Space, not a model." };
  if (parts[0] === "api" && parts[1] === "models") parts.splice(0, 2);
  const [org, name] = parts;
  if (!org || !name || !HF_PART.test(org) || !HF_PART.test(name))
    return { ok: false, message: "That Hugging Face address names no model repo (huggingface.co/org/name)." };
  return { ok: true, reference: { source: "HUGGING_FACE", repoId: `${org}/${name}` } };
}
