import { describe, expect, it } from "vitest";
import { hashProgressText } from "@/lib/safetensors/hash-progress-text";

const MB = 1024 * 1024; // formatBytes counts in binary units

describe("hashProgressText", () => {
  it("shows no rate for a file read in under a second", () => {
    expect(hashProgressText({ status: "done", sha256: "a".repeat(64), total: 200 * MB, bytesPerSecond: 400e6, milliseconds: 500 })).toBe(
      "100% (200.0 MB of 200.0 MB)",
    );
    expect(hashProgressText({ status: "hashing", done: 50 * MB, total: 200 * MB, bytesPerSecond: 100e6, milliseconds: 999 })).toBe("25% (50.0 MB of 200.0 MB)");
  });

  it("shows the rate once hashing has taken a second or more", () => {
    expect(hashProgressText({ status: "hashing", done: 1536 * MB, total: 3072 * MB, bytesPerSecond: 375e6, milliseconds: 4000 })).toBe(
      "50% (1.50 GB of 3.00 GB), 375 MB/s",
    );
    expect(hashProgressText({ status: "done", sha256: "a".repeat(64), total: 3072 * MB, bytesPerSecond: 1.5e9, milliseconds: 2000 })).toBe(
      "100% (3.00 GB of 3.00 GB), 1.50 GB/s",
    );
  });

  it("shows no rate for a file under 64 MiB, however long it took", () => {
    expect(hashProgressText({ status: "done", sha256: "a".repeat(64), total: 4 * MB, bytesPerSecond: 4 * MB, milliseconds: 1000 })).toBe(
      "100% (4.00 MB of 4.00 MB)",
    );
    expect(hashProgressText({ status: "hashing", done: 32 * MB, total: 63 * MB, bytesPerSecond: 8 * MB, milliseconds: 4000 })).toBe("50% (32.0 MB of 63.0 MB)");
    expect(hashProgressText({ status: "hashing", done: 32 * MB, total: 64 * MB, bytesPerSecond: 8e6, milliseconds: 4000 })).toBe(
      "50% (32.0 MB of 64.0 MB), 8 MB/s",
    );
  });

  it("never a rate for a cancelled run", () => {
    expect(hashProgressText({ status: "cancelled", done: 300 * MB, total: 1000 * MB })).toBe("30% (300.0 MB of 1000.0 MB)");
  });
});
