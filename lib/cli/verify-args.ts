import { parseArgs } from "node:util";
import { lookupQuerySchema } from "@/lib/catalog/lookup-query";
import type { IntendedUse } from "@/lib/licensing/vocabulary";

export const VERIFY_USAGE = `Usage: checkpoint-registry verify <file|dir>... [--use USE] [--team SLUG] [--json]

Finds *.safetensors and *.ckpt files under the paths, hashes them (SHA-256, cached by path, size
and modification time) and asks the registry whether each is approved.

  --use USE     the intended use to check, e.g. COMMERCIAL_OUTPUTS (without it: any approved use)
  --team SLUG   count approvals for this team as well as those for every team
                (without it, only approvals for every team count)
  --json        print one JSON document instead of lines

Environment:
  CHECKPOINT_REGISTRY_URL     the registry, e.g. https://registry.example.com (default http://localhost:3000)
  CHECKPOINT_REGISTRY_TOKEN   an API token (Settings → API tokens, or npm run token:create)
  CHECKPOINT_REGISTRY_CACHE   where hashes are cached (default ~/.cache/checkpoint-registry/hashes.json)

Exit status: 0 every file approved; 1 some file not approved or not catalogued;
2 usage, authentication or network error.`;

export interface VerifyOptions {
  paths: string[];
  use: IntendedUse | null;
  team: string | null;
  json: boolean;
}

export type ParsedCommand = { ok: true; command: "verify"; options: VerifyOptions } | { ok: true; command: "help" } | { ok: false; message: string };

/** `argv` without node and the script: `["verify", "models/", "--use", "RESEARCH"]`. */
export function parseCommand(argv: readonly string[]): ParsedCommand {
  const [command, ...rest] = argv;
  if (!command || command === "--help" || command === "-h" || command === "help") return { ok: true, command: "help" };
  if (command !== "verify") return { ok: false, message: `Unknown command "${command}".` };
  let parsed;
  try {
    parsed = parseArgs({
      args: [...rest],
      allowPositionals: true,
      strict: true,
      options: {
        use: { type: "string" },
        team: { type: "string" },
        json: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  }
  if (parsed.values.help) return { ok: true, command: "help" };
  if (parsed.positionals.length === 0) return { ok: false, message: "Name at least one file or folder to verify." };
  // The same rules the lookup API applies to its `use` and `team` parameters.
  const use = parsed.values.use === undefined ? undefined : lookupQuerySchema.shape.use.safeParse(parsed.values.use.trim().toUpperCase());
  if (use && !use.success) return { ok: false, message: `--use: ${use.error.issues[0]!.message}` };
  const team = parsed.values.team === undefined ? undefined : lookupQuerySchema.shape.team.safeParse(parsed.values.team.trim());
  if (team && !team.success) return { ok: false, message: `--team: ${team.error.issues[0]!.message}` };
  return {
    ok: true,
    command: "verify",
    options: { paths: parsed.positionals, use: use?.data ?? null, team: team?.data ?? null, json: parsed.values.json ?? false },
  };
}
