import Link from "next/link";
import { describeDescendants, type Descendant } from "@/lib/catalog/descendants";
import { kindLabel } from "@/lib/format";

/** A base model's catalogued fine-tunes, merges and distillations, direct and indirect, each linking to its page. */
export function DescendantsSection({ subjectName, descendants }: { subjectName: string; descendants: Descendant[] }) {
  return (
    <div className="space-y-2 text-sm">
      <p data-testid="descendants-summary">{describeDescendants(subjectName, descendants)}</p>
      {descendants.length > 0 && (
        <ul aria-label="Models derived from this one" className="grid gap-1 sm:grid-cols-2">
          {descendants.map((descendant) => (
            <li key={descendant.id}>
              <Link href={`/checkpoints/${descendant.id}`} className="font-medium">
                {descendant.name}
              </Link>{" "}
              <span className="text-slate-600">
                {kindLabel(descendant.kind).toLowerCase()}
                {descendant.depth > 1 ? `, through ${descendant.depth - 1} other model${descendant.depth === 2 ? "" : "s"}` : ""}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
