import { Badge } from "@/components/ui/badge";
import { ORG_ROLE_LABELS, type OrgRole } from "@/lib/policy/capabilities";

export function RoleBadges({ roles }: { roles: readonly OrgRole[] }) {
  if (roles.length === 0) return <span className="text-slate-500">No org role</span>;
  return (
    <span className="flex flex-wrap gap-1">
      {roles.map((role) => (
        <Badge key={role} tone="info">
          {ORG_ROLE_LABELS[role]}
        </Badge>
      ))}
    </span>
  );
}
