import type { MatrixRow } from "./support/matrix";

export const rows: MatrixRow[] = [
  {
    kind: "exempt",
    file: "app/api/auth/[...nextauth]/route.ts",
    name: "POST",
    reason:
      "next-auth's own sign-in, callback and sign-out endpoints: open to anonymous callers by design (that is how one signs in), " +
      "protected by next-auth's CSRF token; covered end to end by tests/e2e/sign-in.spec.ts and tests/e2e/oidc.spec.ts.",
  },
];
