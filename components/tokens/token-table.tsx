import type { FormAction } from "@/lib/actions/action-result";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { TokenStatusBadge } from "@/components/ui/status-badges";
import { DataTable } from "@/components/ui/table";
import { formatDate } from "@/lib/format";
import type { ApiTokenRow } from "@/lib/tokens/api-token-row";

/** A user's API tokens (settings page, and the admin's view of a user), with revoke for active ones. */
export function TokenTable<T>({ tokens, emptyText, revokeAction }: { tokens: ApiTokenRow[]; emptyText: string; revokeAction: FormAction<T> }) {
  if (tokens.length === 0) return <p className="px-5 py-4 text-sm text-slate-600">{emptyText}</p>;
  return (
    <DataTable
      caption="API tokens"
      variant="flush"
      rows={tokens}
      rowKey={(token) => token.id}
      rowProps={(token) => ({ className: token.status === "active" ? "" : "text-slate-500" })}
      columns={[
        { header: "Name", className: "font-medium", cell: (token) => token.name },
        { header: "Token", className: "font-mono text-xs", cell: (token) => `${token.prefix}…` },
        { header: "Created", className: "whitespace-nowrap", cell: (token) => formatDate(token.createdAt) },
        { header: "Expires", className: "whitespace-nowrap", cell: (token) => formatDate(token.expiresAt) },
        { header: "Last used", className: "whitespace-nowrap", cell: (token) => (token.lastUsedAt ? formatDate(token.lastUsedAt) : "Never") },
        { header: "Status", cell: (token) => <TokenStatusBadge status={token.status} /> },
        {
          header: "Actions",
          srOnly: true,
          className: "text-right",
          cell: (token) =>
            token.status === "active" && (
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
            ),
        },
      ]}
    />
  );
}
