import "uplot/dist/uPlot.min.css";
import { useEffect, useRef } from "preact/hooks";
import uPlot from "uplot";

export type ChartOptions = Omit<uPlot.Options, "width" | "height">;

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
    const plot = new uPlot({ ...options, width: width(), height }, data, el);
    const observer = new ResizeObserver(() => {
      if (Math.abs(plot.width - width()) >= 1) plot.setSize({ width: width(), height });
    });
    observer.observe(el);
    return () => {
      observer.disconnect();
      plot.destroy();
    };
  }, [options, data, height]);
  return <div class="chart" ref={box} role="img" aria-label={label} />;
}

/** Bars instead of lines (uPlot's bars path builder; `align` -1 and 1 put two series side by side). */
export function barsPath(options: uPlot.Series.BarsPathBuilderOpts): uPlot.Series.PathBuilder {
  const bars = uPlot.paths.bars;
  if (!bars) throw new Error("this uPlot build has no bars");
  return bars(options);
}

/** Draws points only, no lines: a mark per event. */
export const pointsOnly: uPlot.Series.PathBuilder = () => null;

/** The CSS custom property's colour, for the canvas (which cannot read CSS itself). */
export function cssColor(name: string, fallback: string): string {
  const value = getComputedStyle(document.documentElement).getPropertyValue(name).trim();
  return value || fallback;
}
