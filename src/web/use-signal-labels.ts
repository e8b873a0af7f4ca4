import { useEffect, useState } from "preact/hooks";
import { signalLabels } from "./api.js";
import { humanize } from "./labels.js";

/**
 * One human label per signal, the catalogue's (as the read and the CLI say it), for every view; the
 * id made readable until they come, or if they never do.
 */
export function useSignalLabels(): (id: string) => string {
  const [map, setMap] = useState<Map<string, string> | undefined>();
  useEffect(() => {
    let live = true;
    signalLabels().then(
      (m) => {
        if (live) setMap(m);
      },
      () => {},
    );
    return () => {
      live = false;
    };
  }, []);
  return (id: string) => map?.get(id) ?? humanize(id);
}
