import "uplot/dist/uPlot.min.css";
import { useEffect, useRef } from "preact/hooks";
import type uPlot from "uplot";

export type ChartOptions = Omit<uPlot.Options, "width" | "height">;

/** uPlot, loaded with the first chart drawn: the pages without one (the Pipeline, Next steps) never wait for it. */
let loaded: typeof uPlot | undefined;
let loading: Promise<typeof uPlot> | undefined;
function loadUPlot(): Promise<typeof uPlot> {
  loading ??= import("uplot").then(
    (m) => {
      loaded = m.default;
      return m.default;
    },
    (e: unknown) => {
      loading = undefined;
      throw e;
    },
  );
  return loading;
}

/**
 * A uPlot chart that fills its box and follows its width. The canvas is an image to assistive
 * technology, named by `label`; every view shows the same figures as text beside it.
 */
export function Chart({
  options,
  data,
  label,
  height = 220,
}: {
  options: ChartOptions;
  data: uPlot.AlignedData;
  label: string;
  height?: number;
}) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const width = () => Math.max(120, Math.floor(el.clientWidth));
    let plot: uPlot | undefined;
    let observer: ResizeObserver | undefined;
    let gone = false;
    void loadUPlot().then(
      (UPlot) => {
        if (gone) return;
        const drawn = new UPlot({ ...options, width: width(), height }, data, el);
        plot = drawn;
        observer = new ResizeObserver(() => {
          if (Math.abs(drawn.width - width()) >= 1) drawn.setSize({ width: width(), height });
        });
        observer.observe(el);
      },
      // Not drawn: the same figures are beside it as text.
      () => undefined,
    );
    return () => {
      gone = true;
      observer?.disconnect();
      plot?.destroy();
    };
  }, [options, data, height]);
  return <div class="chart" ref={box} role="img" aria-label={label} />;
}

/** Bars instead of lines (uPlot's bars path builder; `align` -1 and 1 put two series side by side). */
export function barsPath(options: uPlot.Series.BarsPathBuilderOpts): uPlot.Series.PathBuilder {
  let bars: uPlot.Series.PathBuilder | undefined;
  // Called only while a chart draws, so after uPlot has loaded.
  return (u, seriesIdx, idx0, idx1) => {
    bars ??= loaded?.paths.bars?.(options);
    if (!bars) throw new Error("this uPlot build has no bars");
    return bars(u, seriesIdx, idx0, idx1);
  };
}

/** Draws points only, no lines: a mark per event. */
export const pointsOnly: uPlot.Series.PathBuilder = () => null;

/** The CSS custom property's colour, for the canvas (which cannot read CSS itself). */
export function cssColor(name: string, fallback: string): string {
  const value = getComputedStyle(document.documentElement).getPropertyValue(name).trim();
  return value || fallback;
}
