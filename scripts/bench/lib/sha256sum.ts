import { spawn } from "node:child_process";

/** Seconds `sha256sum` takes over a file (the coreutils baseline the hash benches compare with); checks its answer. */
export function timeSha256sum(file: string, expected: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn("sha256sum", [file]);
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (code !== 0 || !output.startsWith(expected)) reject(new Error(`sha256sum failed (${code}): ${output}`));
      else resolve(seconds);
    });
  });
}
