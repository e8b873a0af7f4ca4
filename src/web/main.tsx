import "./styles.css";
import { render } from "preact";
import { useEffect, useRef } from "preact/hooks";
import { startEarly } from "./api.js";
import { ApplicationView } from "./application-view.js";
import { firstRequests } from "./first-requests.js";
import { InsightsView } from "./insights-view.js";
import { InterviewView } from "./interview-view.js";
import { Link, useLocationPath } from "./link.js";
import { LiveView } from "./live-view.js";
import { NextStepsView } from "./next-steps-view.js";
import { usePageTitle } from "./page-title.js";
import { parseRoute, type Route } from "./parse-route.js";
import { PipelineView } from "./pipeline-view.js";
import { QuickReadView } from "./quick-read-view.js";

const NAV = [
  { href: "/", label: "Quick read", route: "quick-read" },
  { href: "/pipeline", label: "Pipeline", route: "pipeline" },
  { href: "/next-steps", label: "Next steps", route: "next-steps" },
  { href: "/insights", label: "Insights", route: "insights" },
  { href: "/live", label: "Live", route: "live" },
] as const;

/** Which nav entry a page belongs to: an application and its interviews are part of the pipeline. */
function section(route: Route): string {
  return route.name === "application" || route.name === "interview" ? "pipeline" : route.name;
}

function NotFound({ path }: { path: string }) {
  usePageTitle("Not found");
  return (
    <>
      <h1>Not found</h1>
      <p>
        There is no page at <code>{path}</code>. <Link href="/pipeline">See the pipeline</Link>.
      </p>
    </>
  );
}

function Page({ route }: { route: Route }) {
  switch (route.name) {
    case "quick-read":
      return <QuickReadView />;
    case "pipeline":
      return <PipelineView />;
    case "application":
      return <ApplicationView id={route.id} />;
    case "interview":
      return <InterviewView id={route.id} round={route.round} />;
    case "next-steps":
      return <NextStepsView />;
    case "insights":
      return <InsightsView />;
    case "live":
      return <LiveView />;
    case "not-found":
      return <NotFound path={route.path} />;
    default: {
      const never: never = route;
      return never;
    }
  }
}

function App() {
  const path = useLocationPath();
  const route = parseRoute(path);
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  // After a navigation (not on the first load), focus goes to the new page, as a page load would.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus();
    window.scrollTo(0, 0);
  }, [path]);
  const current = section(route);
  return (
    <>
      <a class="skip-link" href="#main">
        Skip to content
      </a>
      <header class="site-header">
        <p class="brand">Debrief</p>
        <nav aria-label="Main">
          <ul class="nav">
            {NAV.map((item) => (
              <li key={item.href}>
                <Link href={item.href} aria-current={current === item.route ? "page" : undefined}>
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        <Page key={path} route={route} />
      </main>
      <footer class="site-footer">
        <p>
          Everything stays on this machine. A read is a reading of signals, not a prediction: a good interview
          is not an offer.
        </p>
      </footer>
    </>
  );
}

const root = document.getElementById("app");
if (root) {
  // The page's data is asked for now, while it is drawn for the first time.
  startEarly(firstRequests(parseRoute(location.pathname)));
  root.textContent = "";
  render(<App />, root);
}
