"use client";

import { useActionForm } from "@/components/ui/action-form";
import { SecretShownOnce } from "@/components/ui/secret-shown-once";
import { SubmitButton, TextField } from "@/components/ui/form-fields";
import { FieldError, FormMessage } from "@/components/ui/form-message";
import { WEBHOOK_EVENT_LABELS, WEBHOOK_EVENT_TYPES } from "@/lib/webhooks/event-types";
import { createWebhookEndpointAction } from "./actions";

export function CreateEndpointForm() {
  const { state, dispatch, pending, onSubmit, formRef, errors } = useActionForm(createWebhookEndpointAction, { resetOnSuccess: true });

  return (
    <div className="mt-3 space-y-4">
      <form ref={formRef} action={dispatch} onSubmit={onSubmit} className="space-y-4" noValidate>
        <div className="flex flex-wrap gap-4">
          <TextField
            name="url"
            type="url"
            label="URL"
            mono
            placeholder="https://ci.example.com/hooks/checkpoint-registry"
            hint="http(s) only; private, loopback and link-local addresses are refused."
            errors={errors("url")}
            className="min-w-72 flex-[2]"
          />
          <TextField
            name="description"
            label="Description"
            optional
            maxLength={200}
            placeholder="e.g. render farm job gate"
            errors={errors("description")}
            className="min-w-56 flex-1"
          />
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
        <SubmitButton pending={pending} label="Register endpoint" pendingLabel="Registering…" size="md" />
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
