import { a1111Parameters } from "@/tests/support/image-fixtures";
import { SIGNED_IN, type MatrixRow } from "./support/matrix";

// "Was this image made with an approved model?": any signed-in user, through the page (session)
// or the API (token). Both read only.

const body = () => JSON.stringify({ parameters: a1111Parameters({ modelHash: "0123456789", model: "matrix-model" }) });

export const rows: MatrixRow[] = [
  {
    kind: "route",
    file: "app/api/v1/images/check/route.ts",
    method: "POST",
    allowed: SIGNED_IN,
    audit: "read-only",
    request: ({ bearer }) => ({
      request: new Request("http://localhost:3000/api/v1/images/check", {
        method: "POST",
        headers: { ...bearer(), "content-type": "application/json" },
        body: body(),
      }),
    }),
  },
  {
    kind: "route",
    file: "app/(registry)/check-image/check/route.ts",
    method: "POST",
    allowed: SIGNED_IN,
    audit: "read-only",
    request: () => ({
      request: new Request("http://localhost:3000/check-image/check", { method: "POST", headers: { "content-type": "application/json" }, body: body() }),
    }),
  },
];
