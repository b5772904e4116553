import { startTransition, useActionState, useEffect, useRef, type FormEvent } from "react";
import { submittedValue, type FormAction } from "@/lib/actions/action-result";
import { fieldErrors } from "./form-message";

/**
 * An onSubmit handler that dispatches a useActionState action without React's automatic form reset
 * (which a `<form action>` does after every submission): when the server refuses the input, the
 * person sees their own values next to the errors instead of an emptied form.
 */
export function submitKeepingValues(dispatch: (formData: FormData) => void) {
  return (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => dispatch(formData));
  };
}

/**
 * useActionState with submitKeepingValues, field errors, and `sent(field)`: the value a refused
 * submission carried, for the field's `defaultValue` (`sent("name") ?? saved.name`). Give the form
 * both `action={dispatch}` and `onSubmit={onSubmit}`: without JavaScript the form's `action` still
 * posts to the server action, and the page it renders shows the refusal with the sent values.
 * With `resetOnSuccess`, give the form `ref={formRef}`: it empties once the action succeeds, ready
 * for the next entry (a new member, token or endpoint).
 */
export function useActionForm<T>(action: FormAction<T>, options: { resetOnSuccess?: boolean } = {}) {
  const [state, dispatch, pending] = useActionState(action, null);
  const formRef = useRef<HTMLFormElement>(null);
  const resetOnSuccess = options.resetOnSuccess ?? false;
  useEffect(() => {
    if (resetOnSuccess && state?.ok) formRef.current?.reset();
  }, [state, resetOnSuccess]);
  return {
    state,
    dispatch,
    pending,
    formRef,
    onSubmit: submitKeepingValues(dispatch),
    errors: (field: string) => fieldErrors(state, field),
    sent: (field: string) => submittedValue(state, field),
  };
}
