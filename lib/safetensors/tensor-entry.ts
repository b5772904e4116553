import { SAFETENSORS_DTYPE_BITS, isSafetensorsDtype, type SafetensorsDtype } from "./dtypes";
import { quoteName } from "./format-text";

export interface TensorInfo {
  dtype: SafetensorsDtype;
  shape: readonly number[];
  /** [begin, end) in bytes, relative to the start of the data section. */
  dataOffsets: readonly [number, number];
  /** Product of the shape (1 for a scalar). */
  elementCount: number;
}

export type TensorEntryResult = { ok: true; tensor: TensorInfo } | { ok: false; message: string };

/** Validates one `name -> { dtype, shape, data_offsets }` entry of the header. */
export function parseTensorEntry(name: string, value: unknown): TensorEntryResult {
  const label = `Tensor ${quoteName(name)}`;
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return bad(`${label} is not an object with dtype, shape and data_offsets.`);
  }
  const { dtype, shape, data_offsets: offsets } = value as Record<string, unknown>;
  if (!isSafetensorsDtype(dtype)) {
    return bad(`${label} has an unknown dtype ${JSON.stringify(dtype) ?? "(missing)"}.`);
  }
  if (!Array.isArray(shape) || !shape.every(isCount)) {
    return bad(`${label} has an invalid shape: it must be a list of non-negative integers.`);
  }
  if (!Array.isArray(offsets) || offsets.length !== 2 || !offsets.every(isCount)) {
    return bad(`${label} has invalid data_offsets: they must be [begin, end] byte offsets.`);
  }
  const [begin, end] = offsets as [number, number];
  if (begin > end) {
    return bad(`${label} has data_offsets [${begin}, ${end}] that end before they begin.`);
  }

  let elementCount = 1;
  for (const dimension of shape as number[]) elementCount *= dimension;
  const bits = elementCount * SAFETENSORS_DTYPE_BITS[dtype];
  if (!Number.isSafeInteger(bits)) {
    return bad(`${label} declares an impossibly large shape.`);
  }
  if (bits % 8 !== 0) {
    return bad(`${label} has ${elementCount} ${dtype} elements, which do not fill whole bytes.`);
  }
  if (end - begin !== bits / 8) {
    return bad(`${label} is ${dtype} [${shape.join(", ")}], which takes ${bits / 8} bytes, ` + `but its data_offsets span ${end - begin} bytes.`);
  }
  return { ok: true, tensor: { dtype, shape: shape as number[], dataOffsets: [begin, end], elementCount } };
}

function isCount(value: unknown): value is number {
  return typeof value === "number" && Number.isSafeInteger(value) && value >= 0;
}

function bad(message: string): TensorEntryResult {
  return { ok: false, message };
}
