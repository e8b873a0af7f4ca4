import { z } from "zod";
import {
  analyzeRequest,
  draftRequest,
  liveSaveRequest,
  liveStartRequest,
  liveTextRequest,
  mergeRequest,
  outcomeRequest,
  renameRequest,
  saveRequest,
  snoozeRequest,
  stageRequest,
} from "./schemas.js";

const error = {
  type: "object",
  properties: {
    error: {
      type: "object",
      properties: { code: { type: "string" }, message: { type: "string" } },
      required: ["code", "message"],
    },
  },
  required: ["error"],
};

const json = (description: string) => ({
  description,
  content: { "application/json": { schema: { type: "object" } } },
});
const failures = {
  "400": {
    description: "bad input",
    content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
  },
};

/** The API described for a person or a client generator: the request bodies come from the zod schemas. */
export function buildOpenApi(): Record<string, unknown> {
  const body = (schema: z.ZodType) => ({
    required: true,
    content: {
      "application/json": { schema: z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) },
    },
  });
  const id = (name: string, description: string) => ({
    name,
    in: "path",
    required: true,
    description,
    schema: { type: "string" },
  });
  return {
    openapi: "3.1.0",
    info: {
      title: "Debrief",
      version: "1",
      description:
        "Reads the signals after a job interview. Every view of the dashboard, and the analysis itself.",
    },
    paths: {
      "/api/health": { get: { summary: "Is the server up", responses: { "200": json("ok") } } },
      "/api/openapi.json": {
        get: { summary: "This document", responses: { "200": json("the OpenAPI 3.1 document") } },
      },
      "/api/analyze": {
        post: {
          summary: "Read pasted notes and files (nothing is stored): the `debrief analyze --json` contract",
          requestBody: body(analyzeRequest),
          responses: { "200": json("the contract JSON: signals, read, actions…"), ...failures },
        },
      },
      "/api/applications": {
        get: {
          summary:
            "One summary per application; with `limit` (1–1000) and `offset`, one page of them (`X-Total-Count` gives the total, `Link` the next page)",
          parameters: [
            ...["stage", "band", "company"].map((name) => ({
              name,
              in: "query",
              required: false,
              schema: { type: "string" },
            })),
            ...["limit", "offset"].map((name) => ({
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
          summary: "One interview: its analysis and documents",
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
      "/api/todo": {
        get: {
          summary: "Open actions, soonest first, each with the candidate's edit of its draft and its snooze",
          responses: { "200": json("actions") },
        },
      },
      "/api/actions/{id}/undo": {
        post: {
          summary: "Undo a Mark done: the action is open again (one seen done in the mail stays done)",
          parameters: [id("id", "action id")],
          responses: { "200": json("`{ id, status }`"), ...failures },
        },
      },
      "/api/actions/{id}/draft": {
        put: {
          summary:
            "Keep the candidate's own version of an action's draft (null or \"\" goes back to the planned one)",
          parameters: [id("id", "action id")],
          requestBody: body(draftRequest),
          responses: { "200": json("`{ id, editedText }`"), ...failures },
        },
      },
      "/api/actions/{id}/snooze": {
        post: {
          summary: "Put an action off until a moment (null: no longer); it is not overdue until then",
          parameters: [id("id", "action id")],
          requestBody: body(snoozeRequest),
          responses: { "200": json("`{ id, snoozedUntil }`"), ...failures },
        },
      },
      "/api/signals": {
        get: {
          summary: "Every signal the read knows, with its one human label: `[{ id, label, polarity }]`",
          responses: { "200": json("the signals") },
        },
      },
      "/api/settings": {
        get: {
          summary:
            "What the dashboard shows dates with: `{ timeZone, now }`, the candidate's zone (null: the browser's) and the server's now, which overdue is counted from",
          responses: { "200": json("`{ timeZone, now }`") },
        },
      },
      "/api/actions/{id}/eml": {
        get: {
          summary: "An action's drafted text as an .eml draft to open in a mail client",
          parameters: [id("id", "action id")],
          responses: {
            "200": {
              description: "the draft",
              content: { "message/rfc822": { schema: { type: "string" } } },
            },
            ...failures,
          },
        },
      },
      "/api/actions/{id}/done": {
        post: {
          summary: "Mark an action done",
          parameters: [id("id", "action id")],
          responses: { "200": json("the action"), ...failures },
        },
      },
      "/api/insights": {
        get: { summary: "Outcomes against signals and reads", responses: { "200": json("insights") } },
      },
      "/api/insights/search": {
        get: {
          summary:
            "The search itself: `funnel` (applied, then interviewed, offers and heard back as `{ n, of, low, high }`, a rate of all applied with its 95% Wilson interval), `reply` (days from the candidate's first message to the company's first reply: `n`, `medianDays`, `lowDays` and `highDays` the middle half, `waiting`), and `months` (`{ month, started, offers, rejections, ghosted }`, oldest first, in the workspace's zone)",
          responses: { "200": json("the search's pace") },
        },
      },
      "/api/live": {
        get: {
          summary:
            "The folders this server may follow caption files in (`debrief serve --captions`): `{ captionFolders }`; none means only posted text",
          responses: { "200": json("`{ captionFolders: string[] }`") },
        },
        post: {
          summary:
            "Start a live read: follow a caption file (`path`, only inside the caption folders; relative to the first), or take text posted to it; `invite` is the calendar invite (.ics) to measure against. The `id` answered is the session's only key: no route lists sessions",
          requestBody: body(liveStartRequest),
          responses: {
            "200": json("`{ id }` of the session"),
            "403": {
              description: "the path is outside the caption folders, or the server follows no files",
              content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
            },
            ...failures,
          },
        },
      },
      "/api/live/{id}/text": {
        post: {
          summary: "Post the next piece of the transcript, cut anywhere",
          parameters: [id("id", "live session id")],
          requestBody: body(liveTextRequest),
          responses: { "200": json("the board after it"), ...failures },
        },
      },
      "/api/live/{id}/events": {
        get: {
          summary:
            "Server-Sent Events: the board at once, then `update` after each change and `final` at the end",
          parameters: [id("id", "live session id")],
          responses: {
            "200": {
              description: "the event stream; each event's data is the board as JSON",
              content: { "text/event-stream": { schema: { type: "string" } } },
            },
            ...failures,
          },
        },
      },
      "/api/live/{id}/finish": {
        post: {
          summary: "End the live read: the board, and the whole transcript read as `debrief analyze --json`",
          parameters: [id("id", "live session id")],
          responses: { "200": json("`{ board, final, warnings }`"), ...failures },
        },
      },
      "/api/live/{id}/save": {
        post: {
          summary:
            "File a live read in the workspace as a round: the transcript as read and the invite (finishes it first if need be)",
          parameters: [id("id", "live session id")],
          requestBody: body(liveSaveRequest),
          responses: { "200": json("what was filed, as `POST /api/applications` reports it"), ...failures },
        },
      },
    },
    components: { schemas: { Error: error } },
  };
}
