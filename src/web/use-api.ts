import { useCallback, useEffect, useState } from "preact/hooks";
import { isAbort, messageOf } from "./api.js";

export interface Loaded<T> {
  data?: T;
  error?: string;
  isLoading: boolean;
  reload: () => void;
}

/**
 * Loads a view's data, cancelling the request when the view goes away or its inputs change, so a
 * slow old answer never replaces a newer one.
 */
export function useApi<T>(load: (signal: AbortSignal) => Promise<T>, deps: readonly unknown[]): Loaded<T> {
  const [state, setState] = useState<{ data?: T; error?: string; isLoading: boolean }>({ isLoading: true });
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    setState((s) => ({ ...s, isLoading: true }));
    load(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState({ data, isLoading: false });
      },
      (error: unknown) => {
        if (!isAbort(error) && !controller.signal.aborted)
          setState({ error: messageOf(error), isLoading: false });
      },
    );
    return () => controller.abort();
  }, [...deps, generation]);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { ...state, reload };
}
