import { describe, expect, it } from "vitest";
import { buildOpenApi } from "../src/server/openapi.js";
import { firstRequests } from "../src/web/first-requests.js";
import { parseRoute } from "../src/web/parse-route.js";

/** The dashboard's early GETs (web/first-requests.ts) are the API's own GETs, so none is a typo. */
describe("firstRequests", () => {
  const paths = buildOpenApi().paths as Record<string, Record<string, unknown>>;
  const documented = Object.entries(paths)
    .filter(([, methods]) => "get" in methods)
    .map(([path]) => new RegExp(`^${path.replace(/\{[^}]+\}/g, "[^/]+")}$`));

  it.each([
    "/",
    "/pipeline",
    "/next-steps",
    "/insights",
    "/live",
    "/applications/12",
    "/applications/12/rounds/3",
    "/nowhere",
  ])("%s asks only for what the API serves by GET", (page) => {
    for (const path of firstRequests(parseRoute(page)))
      expect(
        documented.some((d) => d.test(path)),
        path,
      ).toBe(true);
  });

  it("asks for a page's own data first", () => {
    expect(firstRequests(parseRoute("/pipeline"))[0]).toBe("/api/applications");
    expect(firstRequests(parseRoute("/applications/12"))[0]).toBe("/api/applications/12");
    expect(firstRequests(parseRoute("/applications/12/rounds/3"))).toEqual(["/api/applications/12/rounds/3"]);
    expect(firstRequests(parseRoute("/"))).toEqual([]);
  });
});
