import type { Route } from "./parse-route.js";

/**
 * The GETs a page makes as it opens, so that main.tsx can start them before the page is first drawn
 * (api.ts startEarly): the view's data, and the settings and signal labels it shows them with. A path
 * here that the page does not ask for costs one wasted request, nothing more.
 */
export function firstRequests(route: Route): string[] {
  switch (route.name) {
    case "pipeline":
      return ["/api/applications", "/api/settings", "/api/deleted"];
    case "next-steps":
      return ["/api/todo", "/api/settings"];
    case "insights":
      // The search first: it is drawn first, without waiting for the rest.
      return ["/api/insights/search", "/api/insights", "/api/signals"];
    case "application":
      return [`/api/applications/${route.id}`, "/api/settings", "/api/signals"];
    case "interview":
      return [`/api/applications/${route.id}/rounds/${route.round}`];
    case "live":
      return ["/api/live"];
    case "quick-read":
    case "not-found":
      return [];
    default: {
      const never: never = route;
      return never;
    }
  }
}
