import { describe, expect, it } from "vitest";
import { applicationHref, interviewHref, parseRoute } from "./parse-route.js";

describe("parseRoute", () => {
  it.each([
    ["/", { name: "quick-read" }],
    ["", { name: "quick-read" }],
    ["/pipeline", { name: "pipeline" }],
    ["/pipeline/", { name: "pipeline" }],
    ["/next-steps", { name: "next-steps" }],
    ["/insights", { name: "insights" }],
    ["/live", { name: "live" }],
    ["/applications/12", { name: "application", id: 12 }],
    ["/applications/12/rounds/3", { name: "interview", id: 12, round: 3 }],
    ["/applications/acme", { name: "not-found", path: "/applications/acme" }],
    ["/applications/1/rounds/x", { name: "not-found", path: "/applications/1/rounds/x" }],
    ["/nowhere", { name: "not-found", path: "/nowhere" }],
  ])("%s", (path, route) => {
    expect(parseRoute(path)).toEqual(route);
  });

  it("reads back the links it makes", () => {
    expect(parseRoute(applicationHref(7))).toEqual({ name: "application", id: 7 });
    expect(parseRoute(interviewHref(7, 2))).toEqual({ name: "interview", id: 7, round: 2 });
  });
});
