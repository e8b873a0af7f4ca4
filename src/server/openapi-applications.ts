import { body, failures, id, json } from "./openapi-parts.js";
import { mergeRequest, outcomeRequest, renameRequest, saveRequest, stageRequest } from "./schemas.js";

// The OpenAPI paths of the applications: the list, one application, delete with undo, and changes.

/** Every application, and filing into the workspace. */
export function applicationListPaths() {
  return {
    "/api/applications": {
      get: {
        summary:
          "One summary per application, in id order, streamed as it is read; with `limit` (1–1000), one page of them from `offset` or after the id `after` (a keyset cursor: each page costs the same however deep; not with `offset`). `X-Total-Count` gives the total, `Link` the next page",
        parameters: [
          ...["stage", "band", "company"].map((name) => ({
            name,
            in: "query",
            required: false,
            schema: { type: "string" },
          })),
          ...["limit", "offset", "after"].map((name) => ({
            name,
            in: "query",
            required: false,
            schema: { type: "integer", minimum: name === "limit" ? 1 : 0 },
          })),
        ],
        responses: { "200": json("applications"), ...failures },
      },
      post: {
        summary:
          "File pasted notes and files into the workspace (the quick read's Save); with neither notes nor files, make a new, empty application of the company `application` and its `role`",
        requestBody: body(saveRequest),
        responses: {
          "200": json(
            "what was filed, as `debrief add --json` prints it; for a new empty application `{ applicationId, company, role }`",
          ),
          ...failures,
        },
      },
    },
  };
}

/** One application: its timeline, its names and details, and deleting it. */
export function applicationPaths() {
  return {
    "/api/applications/{ref}": {
      get: {
        summary: "One application's timeline, with what the candidate keeps on it (`details`)",
        parameters: [id("ref", "id or company")],
        responses: { "200": json("the timeline"), ...failures },
      },
      patch: {
        summary:
          'Rename an application: its company, its role ("" clears it), or both (`debrief app rename`); and set what the candidate keeps on it: link, salary range, contacts, notes (null or "" clears one)',
        parameters: [id("ref", "id or company")],
        requestBody: body(renameRequest),
        responses: { "200": json("the names before and after"), ...failures },
      },
      delete: {
        summary:
          "Delete an application and everything filed under it (`debrief app delete`): an export of its rows is written beside the workspace first, and the answer says where",
        parameters: [
          id("ref", "id or company"),
          {
            name: "confirm",
            in: "query",
            required: true,
            description: "must be `yes`",
            schema: { type: "string", enum: ["yes"] },
          },
        ],
        responses: {
          "200": json(
            "what was deleted, where its export was kept, and until when `restore` can put it back (`restorableUntil`)",
          ),
          ...failures,
        },
      },
    },
  };
}

/** Delete with undo: putting back, and what can still be put back. */
export function deletedPaths() {
  return {
    "/api/applications/{id}/restore": {
      post: {
        summary:
          "Undo a delete: put an application deleted through the API in the last 15 minutes back as it was, from the export kept of it, which is then removed (`not-restorable` after that, or once restored; `restore-conflict` when its id or one of its files is in the workspace again). The window outlasts a restart of the server",
        parameters: [id("id", "the deleted application's id")],
        responses: { "200": json("`{ applicationId, company, rows }`: what was put back"), ...failures },
      },
    },
    "/api/deleted": {
      get: {
        summary:
          "Recently deleted: the applications deleted through the API that `restore` can still put back, the newest first",
        responses: {
          "200": json("`[{ applicationId, company, deletedAt, restorableUntil }]`"),
          ...failures,
        },
      },
    },
  };
}

/** Merging, moving and recording an outcome; one round. */
export function applicationChangePaths() {
  return {
    "/api/applications/{ref}/merge": {
      post: {
        summary:
          "Merge another application (`from`) into this one: its files, rounds (renumbered in time order), messages, actions and outcomes; then re-read this one (`debrief app merge`)",
        parameters: [id("ref", "id or company of the application that stays")],
        requestBody: body(mergeRequest),
        responses: { "200": json("what was merged"), ...failures },
      },
    },
    "/api/applications/{ref}/stage": {
      post: {
        summary:
          "Move an application: to applied, interviewing or waiting (kept as set by hand, and an outcome undone), or to an outcome (offer, rejected, withdrew, ghosted: recorded as `debrief outcome` records it)",
        parameters: [id("ref", "id or company")],
        requestBody: body(stageRequest),
        responses: { "200": json("`{ applicationId, stage, previous }`"), ...failures },
      },
    },
    "/api/applications/{id}/rounds/{number}": {
      get: {
        summary:
          "One interview: its analysis, its documents, and the application's outcome once one is recorded",
        parameters: [id("id", "application id"), id("number", "round number")],
        responses: { "200": json("the round"), ...failures },
      },
    },
    "/api/applications/{ref}/outcome": {
      post: {
        summary: "Record an outcome (offer, rejected, withdrew, ghosted, open)",
        parameters: [id("ref", "id or company")],
        requestBody: body(outcomeRequest),
        responses: { "200": json("what was recorded"), ...failures },
      },
    },
  };
}
