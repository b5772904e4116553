// The approval's notice as the detail page offers it for download: a Markdown file named after the
// version, so it sorts next to the weights it goes with.

export const NOTICE_CONTENT_TYPE = "text/markdown; charset=utf-8";

/** "notice-flux-1-dev-1.0.md": the checkpoint's slug and the version label, safe in a Content-Disposition header. */
export function noticeFileName(checkpointSlug: string, version: string): string {
  const stem = `${checkpointSlug}-${version}`
    .replace(/[^A-Za-z0-9._-]+/g, "-")
    .replace(/-{2,}/g, "-")
    .replace(/^[-.]+|[-.]+$/g, "");
  return `notice-${stem || "checkpoint"}.md`;
}
