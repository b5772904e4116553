import { buildIsCurrent, recordBuildFingerprint } from "@/scripts/lib/build";
import { runNext, waitForExit } from "@/scripts/lib/next-bin";

/** The production build the benchmark serves: built here when missing or older than the sources, as `npm start` does. */
export async function ensureProductionBuild(log: (line: string) => void): Promise<void> {
  if (buildIsCurrent()) return;
  log("Building the app (missing or stale build)...");
  const code = await waitForExit(runNext(["build"], {}));
  if (code !== 0) throw new Error(`next build failed with exit code ${code}`);
  recordBuildFingerprint();
}
