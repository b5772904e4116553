import { describe, expect, it } from "vitest";
import { noticeFileName } from "@/lib/catalog/notice-file";

describe("noticeFileName", () => {
  it("names the file after the checkpoint and the version", () => {
    expect(noticeFileName("flux-1-dev", "1.0")).toBe("notice-flux-1-dev-1.0.md");
  });

  it("keeps only characters safe in a Content-Disposition header", () => {
    expect(noticeFileName("pony-diffusion", 'V6 XL "final"/2')).toBe("notice-pony-diffusion-V6-XL-final-2.md");
  });

  it("never returns an empty stem", () => {
    expect(noticeFileName("", "")).toBe("notice-checkpoint.md");
  });
});
