/**
 * The `checkpoint-registry` command (bin/checkpoint-registry.mjs runs this file through tsx):
 * `checkpoint-registry verify <file|dir>… [--use USE] [--team slug] [--json]`.
 */
import { runCli } from "@/lib/cli/run-verify";

const code = await runCli(process.argv.slice(2), {
  env: process.env,
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stderrIsTty: Boolean(process.stderr.isTTY),
}).catch((error: unknown) => {
  process.stderr.write(`checkpoint-registry: ${(error as Error).message ?? error}\n`);
  return 2 as const;
});
// Let stdout drain (a pipe may be slower than us) before exiting with the verdict.
process.exitCode = code;
