import {
  applicationChangePaths,
  applicationListPaths,
  applicationPaths,
  deletedPaths,
} from "./openapi-applications.js";
import { body, error, failures, id, json } from "./openapi-parts.js";
import {
  analyzeRequest,
  draftRequest,
  liveSaveRequest,
  liveStartRequest,
  liveTextRequest,
  snoozeRequest,
} from "./schemas.js";

/** The server itself, and the read that stores nothing. */
function servicePaths() {
  return {
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
  };
}

/** What is due, and changing an action: undone, its own draft, snoozed. */
function todoPaths() {
  return {
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
  };
}

/** What the dashboard names and dates things with. */
function settingsPaths() {
  return {
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
  };
}

/** An action's draft as a file, and marking it done. */
function actionPaths() {
  return {
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
  };
}

/** What the decided applications say. */
function insightsPaths() {
  return {
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
  };
}

/** Starting a live read. */
function liveStartPaths() {
  return {
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
  };
}

/** One live read: its text, its events, its end and its filing. */
function liveSessionPaths() {
  return {
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
  };
}

/** The API described for a person or a client generator: the request bodies come from the zod schemas. */
export function buildOpenApi(): Record<string, unknown> {
  return {
    openapi: "3.1.0",
    info: {
      title: "Debrief",
      version: "1",
      description:
        "Reads the signals after a job interview. Every view of the dashboard, and the analysis itself.",
    },
    paths: {
      ...servicePaths(),
      ...applicationListPaths(),
      ...applicationPaths(),
      ...deletedPaths(),
      ...applicationChangePaths(),
      ...todoPaths(),
      ...settingsPaths(),
      ...actionPaths(),
      ...insightsPaths(),
      ...liveStartPaths(),
      ...liveSessionPaths(),
    },
    components: { schemas: { Error: error } },
  };
}
