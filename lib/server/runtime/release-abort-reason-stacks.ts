import "server-only";

/**
 * Works around a memory leak of React's server renderer on Node 20 (react/react#37288; seen here as
 * ~60 KB kept per request, without bound, by `npm run bench -- soak`).
 *
 * When a render completes, React aborts its `cacheController` with a new Error. V8 captures that
 * Error's stack lazily, as frames that keep their receivers alive, and one of them is the Immediate
 * the render's last flush ran in. Node leaves a run Immediate linked to the next ones of its batch
 * (`_idleNext`), and each of those carries its request's AsyncLocalStorage stores — the next
 * render, whose own abort reason links on in turn. Once any long-lived object holds one render (a
 * database socket opened during it keeps the render's stores), every later render stays reachable.
 *
 * Reading an Error's `stack` formats it into a string, and V8 then drops the captured frames. So
 * every abort reason that is an Error has its stack formatted when it is given: the reason and its
 * message stay the same for whoever reads them, and the chain has no link left to hold.
 */
const patched = Symbol.for("checkpoint-registry.abort-reason-stacks");

export function releaseAbortReasonStacks(): void {
  const prototype = AbortController.prototype as AbortController & { [patched]?: true };
  if (prototype[patched]) return;
  const abort = prototype.abort;
  prototype.abort = function abortWithFormattedStack(this: AbortController, reason?: unknown) {
    if (reason instanceof Error) void reason.stack;
    return abort.call(this, reason);
  };
  prototype[patched] = true;
}
