import type { FormAction } from "@/lib/actions/action-result";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { formatDate } from "@/lib/format";
import type { ApiTokenRow, ApiTokenStatus } from "@/lib/server/tokens/queries";

const STATUS: Record<ApiTokenStatus, { label: string; tone: BadgeTone }> = {
  active: { label: "Active", tone: "good" },
  expired: { label: "Expired", tone: "warn" },
  revoked: { label: "Revoked", tone: "bad" },
};

/** A user's API tokens (settings page, and the admin's view of a user), with revoke for active ones. */
export function TokenTable<T>({ tokens, emptyText, revokeAction }: { tokens: ApiTokenRow[]; emptyText: string; revokeAction: FormAction<T> }) {
  if (tokens.length === 0) return <p className="px-5 py-4 text-sm text-slate-600">{emptyText}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">API tokens</caption>
        <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
          <tr>
            <th scope="col" className="px-4 py-2">Name</th>
            <th scope="col" className="px-4 py-2">Token</th>
            <th scope="col" className="px-4 py-2">Created</th>
            <th scope="col" className="px-4 py-2">Expires</th>
            <th scope="col" className="px-4 py-2">Last used</th>
            <th scope="col" className="px-4 py-2">Status</th>
            <th scope="col" className="px-4 py-2">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {tokens.map((token) => (
            <tr key={token.id} className={token.status === "active" ? "" : "text-slate-500"}>
              <td className="px-4 py-2 font-medium">{token.name}</td>
              <td className="px-4 py-2 font-mono text-xs">{token.prefix}…</td>
              <td className="px-4 py-2 whitespace-nowrap">{formatDate(token.createdAt)}</td>
              <td className="px-4 py-2 whitespace-nowrap">{formatDate(token.expiresAt)}</td>
              <td className="px-4 py-2 whitespace-nowrap">{token.lastUsedAt ? formatDate(token.lastUsedAt) : "Never"}</td>
              <td className="px-4 py-2">
                <Badge tone={STATUS[token.status].tone}>{STATUS[token.status].label}</Badge>
              </td>
              <td className="px-4 py-2 text-right">
                {token.status === "active" && (
                  <ConfirmAction
                    action={revokeAction}
                    fields={{ tokenId: token.id }}
                    label="Revoke"
                    accessibleLabel={`Revoke ${token.name}`}
                    title={`Revoke “${token.name}”?`}
                    description={
                      <>
                        Anything that uses <span className="font-mono">{token.prefix}…</span> gets 401 from its next request on. This cannot be undone.
                      </>
                    }
                    confirmLabel="Revoke token"
                  />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
