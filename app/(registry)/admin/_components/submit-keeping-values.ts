import { startTransition, type FormEvent } from "react";

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
