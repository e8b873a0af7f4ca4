import { useEffect } from "preact/hooks";

/** The tab's title follows the page: "Pipeline · Debrief". */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · Debrief`;
  }, [title]);
}
