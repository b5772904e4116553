import "server-only";

// Where the import may fetch from: the configured hosts only (public defaults), never a host a
// user typed. In production only https, except a loopback address (a local mirror or test server).

export interface IntakeService {
  name: "Civitai" | "Hugging Face";
  /** API base, e.g. https://civitai.com/api/v1 or https://huggingface.co. */
  base: URL;
  token: string | null;
}

export type ServiceConfig = { ok: true; service: IntakeService } | { ok: false; message: string };

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

export function civitaiService(env: NodeJS.ProcessEnv = process.env): ServiceConfig {
  return service("Civitai", env.CIVITAI_API_URL || "https://civitai.com/api/v1", env.CIVITAI_API_TOKEN, "CIVITAI_API_URL", env);
}

export function huggingFaceService(env: NodeJS.ProcessEnv = process.env): ServiceConfig {
  return service("Hugging Face", env.HF_ENDPOINT || "https://huggingface.co", env.HF_TOKEN, "HF_ENDPOINT", env);
}

function service(name: IntakeService["name"], raw: string, token: string | undefined, variable: string, env: NodeJS.ProcessEnv): ServiceConfig {
  let base: URL;
  try {
    base = new URL(raw.replace(/\/+$/, ""));
  } catch {
    return { ok: false, message: `Importing from ${name} is not configured correctly (${variable} is not a URL); fill in the form by hand.` };
  }
  const https = base.protocol === "https:";
  const http = base.protocol === "http:";
  if (!https && !(http && (env.NODE_ENV !== "production" || LOOPBACK.has(base.hostname)))) {
    return { ok: false, message: `Importing from ${name} is switched off: ${variable} must be an https address. Fill in the form by hand.` };
  }
  return { ok: true, service: { name, base, token: token?.trim() || null } };
}
