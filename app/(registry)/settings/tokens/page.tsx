import Link from "next/link";
import type { Metadata } from "next";
import { TokenTable } from "@/components/tokens/token-table";
import { canManageTokens } from "@/lib/policy/capabilities";
import { DEFAULT_TOKEN_DAYS, TOKEN_DAY_CHOICES } from "@/lib/schemas/tokens";
import { requirePageAccess } from "@/lib/server/auth/current-user";
import { listApiTokens } from "@/lib/server/tokens/queries";
import { revokeApiTokenAction } from "./actions";
import { CreateTokenForm } from "./create-token-form";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "API tokens" };

export default async function TokensPage() {
  const user = await requirePageAccess((actor) => canManageTokens(actor, actor.id), "/settings/tokens");
  const tokens = await listApiTokens(user.id);
  return (
    <div className="max-w-4xl space-y-6">
      <PageHeader
        title="API tokens"
        description={
          <>
            For machines — CI pipelines, render farms — that call <code className="font-mono">/api/v1</code> with your rights. Send one as{" "}
            <code className="font-mono">Authorization: Bearer &lt;token&gt;</code>. What each endpoint takes and returns:{" "}
            <Link href="/docs/api">API reference</Link>.
          </>
        }
      />
      <section aria-labelledby="new-token-heading" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        <h2 id="new-token-heading" className="text-lg font-semibold">
          New token
        </h2>
        <CreateTokenForm dayChoices={[...TOKEN_DAY_CHOICES]} defaultDays={DEFAULT_TOKEN_DAYS} />
      </section>
      <section aria-labelledby="tokens-heading" className="rounded-lg border border-slate-200 bg-white shadow-sm">
        <h2 id="tokens-heading" className="border-b border-slate-100 px-5 py-3 text-lg font-semibold">
          Your tokens
        </h2>
        <TokenTable tokens={tokens} emptyText="You have no API tokens yet." revokeAction={revokeApiTokenAction} />
      </section>
    </div>
  );
}
