/** How long a request may take before the console gives up on it and says the network is down (a village signal). */
export const REQUEST_TIMEOUT_MS = 20_000;

/** The message a timed-out request fails with; the data provider turns it into the TIMEOUT error and its words. */
export const TIMEOUT_MESSAGE = 'fengqiao:request-timeout';

export class RequestTimeoutError extends Error {
  constructor() {
    super(TIMEOUT_MESSAGE);
    this.name = 'RequestTimeoutError';
  }
}

export const isTimeout = (error: unknown): boolean =>
  error instanceof RequestTimeoutError || (error as { message?: unknown } | undefined)?.message === TIMEOUT_MESSAGE;

/**
 * A fetch that gives up after `ms` (an AbortController), headers and body alike: a request on a dead signal fails with
 * RequestTimeoutError instead of spinning forever. The caller's own signal still cancels it (as an AbortError).
 */
export function withTimeout(fetchImpl: typeof fetch, ms = REQUEST_TIMEOUT_MS): typeof fetch {
  return async (input, init = {}) => {
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, ms);
    const outer = init.signal ?? undefined;
    const cancel = () => controller.abort(outer?.reason);
    if (outer?.aborted) cancel();
    else outer?.addEventListener('abort', cancel, { once: true });
    try {
      const response = await fetchImpl(input, { ...init, signal: controller.signal });
      // The body is read within the time too: a response that stalls halfway is no better than none.
      const body = await response.arrayBuffer();
      return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
    } catch (error) {
      if (timedOut) throw new RequestTimeoutError();
      throw error;
    } finally {
      clearTimeout(timer);
      outer?.removeEventListener('abort', cancel);
    }
  };
}
