import type { SignInMethods } from "@/lib/server/admin/queries";

/** Password, single sign-on, both, or "Invited" for an account nobody has signed in to yet. */
export function SignInLabel({ signIn }: { signIn: SignInMethods }) {
  const methods = [signIn.password && "Password", signIn.sso && "Single sign-on"].filter(Boolean);
  if (methods.length === 0) return <span className="text-slate-500">Invited (single sign-on)</span>;
  return <span>{methods.join(" + ")}</span>;
}
