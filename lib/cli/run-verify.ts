import { statSync } from "node:fs";
import path from "node:path";
import { defaultCachePath, openHashCache } from "@/lib/cli/hash-cache";
import { sha256File } from "@/lib/cli/hash-file";
import { findModelFiles, MissingPathError } from "@/lib/cli/find-model-files";
import { formatProgress, PROGRESS_THRESHOLD_BYTES } from "@/lib/cli/progress-line";
import { lookupSha256, RegistryError, registryConfigFromEnv } from "@/lib/cli/registry-client";
import { parseCommand, VERIFY_USAGE } from "@/lib/cli/verify-args";
import { exitCodeFor, formatVerdict, judgeFile, type FileVerdict } from "@/lib/cli/verify-result";

export interface CliIo {
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Progress lines only go to a terminal. */
  stderrIsTty: boolean;
  /** Files from this size get a progress line (default PROGRESS_THRESHOLD_BYTES, 100 MB). */
  progressThresholdBytes?: number;
}

const PROGRESS_INTERVAL_MS = 250;

/** `checkpoint-registry <argv>`: returns the exit status (0 approved, 1 not, 2 usage/auth/network). */
export async function runCli(argv: readonly string[], io: CliIo): Promise<0 | 1 | 2> {
  const parsed = parseCommand(argv);
  if (!parsed.ok) {
    io.stderr(`checkpoint-registry: ${parsed.message}\n\n${VERIFY_USAGE}\n`);
    return 2;
  }
  if (parsed.command === "help") {
    io.stdout(`${VERIFY_USAGE}\n`);
    return 0;
  }
  const { options } = parsed;
  const config = registryConfigFromEnv(io.env);
  if ("error" in config) {
    io.stderr(`checkpoint-registry: ${config.error}\n`);
    return 2;
  }

  let files: string[];
  try {
    files = findModelFiles(options.paths.map((given) => path.resolve(io.cwd, given)));
  } catch (error) {
    if (error instanceof MissingPathError) {
      io.stderr(`checkpoint-registry: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
  if (files.length === 0) {
    io.stderr(`checkpoint-registry: no *.safetensors or *.ckpt files under ${options.paths.join(", ")}.\n`);
    return 2;
  }

  const cache = openHashCache(defaultCachePath(io.env));
  const question = { use: options.use, team: options.team };
  const verdicts: FileVerdict[] = [];
  try {
    for (const file of files) {
      const stats = statSync(file);
      let sha256 = cache.get(file, stats.size, stats.mtimeMs);
      if (!sha256) {
        sha256 = hashWithProgress(file, stats.size, io).sha256;
        cache.set(file, stats.size, stats.mtimeMs, sha256);
      }
      const lookup = await lookupSha256(config, sha256, question);
      const verdict = judgeFile({ path: file, sha256, size: stats.size }, lookup, question);
      verdicts.push(verdict);
      if (!options.json) io.stdout(`${formatVerdict(verdict, question, displayPath(io.cwd, file))}\n`);
    }
  } catch (error) {
    if (error instanceof RegistryError) {
      io.stderr(`checkpoint-registry: ${error.message}\n`);
      return 2;
    }
    throw error;
  } finally {
    cache.save();
  }

  const exitCode = exitCodeFor(verdicts);
  if (options.json) {
    io.stdout(
      `${JSON.stringify(
        {
          registry: config.baseUrl,
          use: options.use,
          team: options.team,
          approved: exitCode === 0,
          counts: {
            approved: verdicts.filter((verdict) => verdict.status === "APPROVED").length,
            notApproved: verdicts.filter((verdict) => verdict.status === "NOT_APPROVED").length,
            notCatalogued: verdicts.filter((verdict) => verdict.status === "NOT_CATALOGUED").length,
          },
          files: verdicts,
        },
        null,
        2,
      )}\n`,
    );
  } else {
    const notApproved = verdicts.filter((verdict) => verdict.status !== "APPROVED").length;
    io.stderr(exitCode === 0 ? `${verdicts.length} file(s): all approved.\n` : `${verdicts.length} file(s): ${notApproved} not approved.\n`);
  }
  return exitCode;
}

function hashWithProgress(file: string, size: number, io: CliIo) {
  if (!io.stderrIsTty || size < (io.progressThresholdBytes ?? PROGRESS_THRESHOLD_BYTES)) return sha256File(file);
  const started = Date.now();
  let shownAt = 0;
  const name = path.basename(file);
  const result = sha256File(file, ({ bytesDone, bytesTotal }) => {
    const now = Date.now();
    if (now - shownAt < PROGRESS_INTERVAL_MS && bytesDone < bytesTotal) return;
    shownAt = now;
    io.stderr(`\r\x1b[2K${formatProgress(name, bytesDone, bytesTotal, now - started)}`);
  });
  io.stderr("\r\x1b[2K");
  return result;
}

function displayPath(cwd: string, file: string): string {
  const relative = path.relative(cwd, file);
  return relative && !relative.startsWith("..") && !path.isAbsolute(relative) ? relative : file;
}
