/** The dashboard's pages, by path. Paths are real URLs: the server answers each with index.html. */
export type Route =
  | { name: "quick-read" }
  | { name: "pipeline" }
  | { name: "application"; id: number }
  | { name: "interview"; id: number; round: number }
  | { name: "next-steps" }
  | { name: "insights" }
  | { name: "live" }
  | { name: "not-found"; path: string };

const ID = "(\\d{1,9})";

export function parseRoute(pathname: string): Route {
  const path = pathname.replace(/\/+$/, "") || "/";
  if (path === "/") return { name: "quick-read" };
  if (path === "/pipeline") return { name: "pipeline" };
  if (path === "/next-steps") return { name: "next-steps" };
  if (path === "/insights") return { name: "insights" };
  if (path === "/live") return { name: "live" };
  const interview = new RegExp(`^/applications/${ID}/rounds/${ID}$`).exec(path);
  if (interview) return { name: "interview", id: Number(interview[1]), round: Number(interview[2]) };
  const application = new RegExp(`^/applications/${ID}$`).exec(path);
  if (application) return { name: "application", id: Number(application[1]) };
  return { name: "not-found", path };
}

export function applicationHref(id: number): string {
  return `/applications/${id}`;
}

export function interviewHref(id: number, round: number): string {
  return `/applications/${id}/rounds/${round}`;
}
