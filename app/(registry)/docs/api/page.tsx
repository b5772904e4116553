import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { DataTable } from "@/components/ui/table";
import { propertyRows, refName, typeLabel } from "@/lib/api/describe-schema";
import { openApiDocument, operationsOf, type OpenApiOperation } from "@/lib/api/openapi";
import { canBrowse } from "@/lib/policy/capabilities";
import { requirePageAccess } from "@/lib/server/auth/current-user";

export const metadata: Metadata = { title: "API reference" };

/** /docs/api — the OpenAPI description of /api/v1, rendered on the server (no client script of its own). */
export default async function ApiReferencePage() {
  await requirePageAccess(canBrowse, "/docs/api");
  const document = openApiDocument();
  const operations = operationsOf(document);

  return (
    <article className="max-w-5xl space-y-6">
      <PageHeader title={document.info.title} description={document.info.description}>
        <p className="text-sm text-slate-600">
          Base URL <code className="font-mono">/api/v1</code>. Machine-readable: <a href="/api/v1/openapi.json">OpenAPI 3.1 description</a> (
          <code className="font-mono">/api/v1/openapi.json</code>). Tokens: <Link href="/settings/tokens">API tokens</Link>. Errors are{" "}
          <a href="#schema-Error">
            <code className="font-mono">{"{ error: { code, message, details? } }"}</code>
          </a>
          .
        </p>
        <nav aria-label="Operations" className="rounded-lg border border-slate-200 bg-white p-3 text-sm">
          <ul className="space-y-1">
            {operations.map(({ path, method, op }) => (
              <li key={op.operationId}>
                <a href={`#${op.operationId}`}>
                  <span className="font-mono">
                    {method.toUpperCase()} /api/v1{path}
                  </span>
                </a>{" "}
                — {op.summary}
              </li>
            ))}
          </ul>
        </nav>
      </PageHeader>

      {operations.map(({ path, method, op }) => (
        <Operation key={op.operationId} path={path} method={method} op={op} />
      ))}

      <section aria-labelledby="schemas-heading" className="space-y-4">
        <h2 id="schemas-heading" className="text-xl font-semibold">
          Schemas
        </h2>
        {Object.entries(document.components.schemas).map(([name, schema]) => (
          <section key={name} id={`schema-${name}`} aria-labelledby={`schema-${name}-heading`} className="rounded-lg border border-slate-200 bg-white p-4">
            <h3 id={`schema-${name}-heading`} className="font-mono text-base font-semibold">
              {name}
            </h3>
            {typeof schema.description === "string" && <p className="text-sm text-slate-600">{schema.description}</p>}
            <SchemaBody schema={schema} />
          </section>
        ))}
      </section>
    </article>
  );
}

function Operation({ path, method, op }: { path: string; method: string; op: OpenApiOperation }) {
  const needsToken = op.security === undefined || op.security.length > 0;
  return (
    <section id={op.operationId} aria-labelledby={`${op.operationId}-heading`} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <div className="flex flex-wrap items-center gap-2">
        <Badge tone="info">{method.toUpperCase()}</Badge>
        <h2 id={`${op.operationId}-heading`} className="font-mono text-lg font-semibold">
          /api/v1{path}
        </h2>
        {!needsToken && <Badge tone="neutral">no token needed</Badge>}
      </div>
      <p className="font-medium">{op.summary}</p>
      <p className="text-sm text-slate-600">{op.description}</p>
      {op.parameters.length > 0 && (
        <div className="text-sm">
          <p className="font-medium">Parameters</p>
          <DataTable
            caption="Parameters"
            variant="compact"
            bodyClassName="align-top"
            rows={op.parameters}
            rowKey={(parameter) => parameter.name}
            columns={[
              {
                header: "Name",
                className: "font-mono",
                cell: (parameter) => (
                  <>
                    {parameter.name}
                    {parameter.required && <span className="text-rose-700"> (required)</span>}
                  </>
                ),
              },
              { header: "In", cell: (parameter) => parameter.in },
              { header: "Type", cell: (parameter) => typeLabel(parameter.schema) },
              { header: "Meaning", cell: (parameter) => parameter.description ?? "" },
            ]}
          />
        </div>
      )}
      <div className="text-sm">
        <p className="font-medium">Responses</p>
        <DataTable
          caption="Responses"
          variant="compact"
          bodyClassName="align-top"
          rows={Object.entries(op.responses)}
          rowKey={([status]) => status}
          columns={[
            { header: "Status", className: "font-mono", cell: ([status]) => status },
            { header: "Meaning", cell: ([, response]) => response.description },
            {
              header: "Body",
              cell: ([, response]) =>
                Object.entries(response.content ?? {}).map(([mediaType, content]) => {
                  const name = refName(content.schema);
                  return (
                    <div key={mediaType}>
                      <code className="font-mono text-xs">{mediaType}</code>{" "}
                      {name ? (
                        <a href={`#schema-${name}`}>{name}</a>
                      ) : typeof content.schema.$ref === "string" ? (
                        <a href={content.schema.$ref}>CycloneDX 1.6 schema</a>
                      ) : (
                        typeLabel(content.schema)
                      )}
                    </div>
                  );
                }),
            },
          ]}
        />
      </div>
    </section>
  );
}

function SchemaBody({ schema }: { schema: Record<string, unknown> }) {
  const rows = propertyRows(schema);
  if (rows.length === 0) return <p className="text-sm">{typeLabel(schema)}</p>;
  return (
    <div className="mt-2 text-xs">
      <DataTable
        caption="Fields"
        variant="compact"
        bodyClassName="align-top"
        rows={rows}
        rowKey={(row) => row.path}
        columns={[
          {
            header: "Field",
            className: "font-mono",
            cell: (row) => (
              <span style={{ paddingLeft: `${row.depth * 1}rem` }}>
                {row.path}
                {!row.required && <span className="text-slate-500">?</span>}
              </span>
            ),
          },
          { header: "Type", cell: (row) => <TypeLink label={row.type} /> },
          { header: "Meaning", cell: (row) => row.description ?? "" },
        ]}
      />
    </div>
  );
}

/** A type label whose component names link to their schema. */
function TypeLink({ label }: { label: string }) {
  const names = new Set(Object.keys(openApiDocument().components.schemas));
  return (
    <>
      {label.split(/(\b[A-Z][A-Za-z]+\b)/).map((part, index) =>
        names.has(part) ? (
          <a key={index} href={`#schema-${part}`}>
            {part}
          </a>
        ) : (
          <span key={index}>{part}</span>
        ),
      )}
    </>
  );
}
