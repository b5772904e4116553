"use client";

import { useActionState, useEffect, useRef } from "react";
import { submitKeepingValues } from "@/components/ui/action-form";
import { SecretShownOnce } from "@/components/ui/secret-shown-once";
import { FieldError, fieldErrors, FormMessage } from "@/components/ui/form-message";
import { WEBHOOK_EVENT_LABELS, WEBHOOK_EVENT_TYPES } from "@/lib/webhooks/event-types";
import { createWebhookEndpointAction } from "./actions";

export function CreateEndpointForm() {
  const [state, formAction, pending] = useActionState(createWebhookEndpointAction, null);
  const form = useRef<HTMLFormElement>(null);
  const errors = (field: string) => fieldErrors(state, field);

  useEffect(() => {
    if (state?.ok) form.current?.reset();
  }, [state]);

  return (
    <div className="mt-3 space-y-4">
      <form ref={form} action={formAction} onSubmit={submitKeepingValues(formAction)} className="space-y-4" noValidate>
        <div className="flex flex-wrap gap-4">
          <div className="min-w-72 flex-[2]">
            <label htmlFor="webhook-url" className="block text-sm font-medium">
              URL
            </label>
            <input
              id="webhook-url"
              name="url"
              type="url"
              required
              placeholder="https://ci.example.com/hooks/checkpoint-registry"
              className="mt-1 w-full rounded-md border border-slate-300 px-3 py-2 font-mono text-sm"
              aria-invalid={!!errors("url")}
              aria-describedby={["webhook-url-hint", errors("url") ? "webhook-url-error" : ""].filter(Boolean).join(" ")}
            />
            <p id="webhook-url-hint" className="mt-1 text-sm text-slate-500">
              http(s) only; private, loopback and link-local addresses are refused.
            </p>
            <FieldError id="webhook-url-error" errors={errors("url")} />
          </div>
          <div className="min-w-56 flex-1">
            <label htmlFor="webhook-description" className="block text-sm font-medium">
              Description <span className="font-normal text-slate-500">(optional)</span>
            </label>
            <input
              id="webhook-description"
              name="description"
              maxLength={200}
              placeholder="e.g. render farm job gate"
              className="mt-1 w-full rounded-md border border-slate-300 px-3 py-2"
              aria-invalid={!!errors("description")}
              aria-describedby={errors("description") ? "webhook-description-error" : undefined}
            />
            <FieldError id="webhook-description-error" errors={errors("description")} />
          </div>
        </div>
        <fieldset aria-describedby={errors("eventTypes") ? "webhook-events-error" : undefined}>
          <legend className="text-sm font-medium">Events</legend>
          <div className="mt-1 grid gap-1 sm:grid-cols-2">
            {WEBHOOK_EVENT_TYPES.map((type) => (
              <label key={type} className="flex items-start gap-2 text-sm">
                <input type="checkbox" name="eventTypes" value={type} className="mt-0.5" />
                <span>
                  <code className="font-mono text-xs">{type}</code> <span className="text-slate-600">— {WEBHOOK_EVENT_LABELS[type]}</span>
                </span>
              </label>
            ))}
          </div>
          <FieldError id="webhook-events-error" errors={errors("eventTypes")} />
        </fieldset>
        {state && !state.ok && <FormMessage state={state} />}
        <button type="submit" disabled={pending} className="rounded-md bg-indigo-600 px-4 py-2 font-medium text-white hover:bg-indigo-700 disabled:opacity-60">
          {pending ? "Registering…" : "Register endpoint"}
        </button>
      </form>
      {state?.ok && <NewSecret url={state.data.url} secret={state.data.secret} />}
    </div>
  );
}

/** The signing secret, shown this once: it is stored encrypted and never shown again. */
function NewSecret({ url, secret }: { url: string; secret: string }) {
  return (
    <SecretShownOnce
      value={secret}
      inputId="new-webhook-secret-value"
      label="Signing secret"
      noun="the secret"
      testId="new-webhook-secret"
      heading={
        <>
          Registered <span className="font-mono">{url}</span>. Copy its signing secret now: this is the only time it is shown.
        </>
      }
      footer={
        <>
          The receiver verifies each delivery&apos;s <code className="font-mono">webhook-signature</code> with it (see the README&apos;s Webhooks section).
        </>
      }
    />
  );
}
