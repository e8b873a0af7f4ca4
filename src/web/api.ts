import type {
  AnalyzeBody,
  ApplicationChange,
  ApplicationSummary,
  ApplicationTimeline,
  CreatedApplication,
  DeletedApplication,
  Insights,
  LiveBoardJson,
  LiveFinishJson,
  MoveStage,
  ReadJson,
  RoundView,
  SaveBody,
  SaveResult,
  SearchPaceJson,
  TodoItem,
  TrackedTodo,
  UploadJson,
} from "./api-types.js";

/**
 * The dashboard's only way to the data: the HTTP API of the server that served it (same origin, so the
 * token cookie, where there is one, goes along). A failed call throws an ApiError carrying the
 * server's own message, to be shown as it is.
 */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

/** True for the error a cancelled request rejects with: not a failure, nothing to show. */
export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === "AbortError";
}

/** Debrief, which served this page, does not answer: it was closed (or the computer slept). */
export const UNREACHABLE =
  "Debrief is not answering: the window or terminal it runs in may have been closed. Start Debrief again, then try again; nothing you saved is lost.";

/** What to show a person for an error. */
export function messageOf(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof TypeError) return UNREACHABLE;
  return error instanceof Error ? error.message : String(error);
}

async function errorOf(response: Response): Promise<ApiError> {
  const text = await response.text().catch(() => "");
  try {
    const body = JSON.parse(text) as { error?: { code?: unknown; message?: unknown } };
    if (typeof body.error?.message === "string") {
      return new ApiError(
        body.error.message,
        response.status,
        typeof body.error.code === "string" ? body.error.code : "error",
      );
    }
  } catch {
    // Not JSON: said below.
  }
  return new ApiError(
    response.status >= 500
      ? `Something went wrong in Debrief (error ${response.status}). Try again; if it keeps happening, restart Debrief.`
      : `Debrief could not do that (error ${response.status}).`,
    response.status,
    "http",
  );
}

type Method = "GET" | "POST" | "PATCH" | "PUT" | "DELETE";

/** The GETs started before the page was first drawn (startEarly), each answer taken once by `send`. */
const early = new Map<string, Promise<Response>>();

/**
 * Starts the page's first GETs now, while it is drawn for the first time, instead of after it (when
 * its effects run). The view's own call for the same path takes the answer; a change sent before then
 * drops them all, so nothing read before it is used after it.
 */
export function startEarly(paths: readonly string[]): void {
  for (const path of paths) {
    const answer = fetch(path, { credentials: "same-origin", headers: { Accept: "application/json" } });
    // Never taken (the view did not ask after all): not an unhandled rejection.
    answer.catch(() => undefined);
    early.set(path, answer);
  }
}

/** `answer`, or an AbortError as soon as `signal` aborts, as fetch itself would. */
function abortable<T>(answer: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return answer;
  return new Promise<T>((resolve, reject) => {
    const abort = () => reject(new DOMException("The request was aborted.", "AbortError"));
    if (signal.aborted) {
      abort();
      return;
    }
    signal.addEventListener("abort", abort, { once: true });
    answer.then(resolve, reject).finally(() => signal.removeEventListener("abort", abort));
  });
}

async function send(method: Method, path: string, body?: unknown, signal?: AbortSignal) {
  const started = method === "GET" ? early.get(path) : undefined;
  if (method === "GET") early.delete(path);
  else early.clear();
  let response: Response;
  if (started) response = await abortable(started, signal);
  else {
    const init: RequestInit = { method, credentials: "same-origin", headers: { Accept: "application/json" } };
    if (body !== undefined) {
      init.body = JSON.stringify(body);
      init.headers = { Accept: "application/json", "Content-Type": "application/json" };
    }
    if (signal) init.signal = signal;
    response = await fetch(path, init);
  }
  if (!response.ok) throw await errorOf(response);
  return response;
}

async function call<T>(method: Method, path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
  const response = await send(method, path, body, signal);
  return (await response.json()) as T;
}

export function analyze(body: AnalyzeBody, signal?: AbortSignal): Promise<ReadJson> {
  return call("POST", "/api/analyze", body, signal);
}

export function saveToWorkspace(body: SaveBody): Promise<SaveResult> {
  return call("POST", "/api/applications", body);
}

export function listApplications(signal?: AbortSignal): Promise<ApplicationSummary[]> {
  return call("GET", "/api/applications", undefined, signal);
}

export function showApplication(id: number, signal?: AbortSignal): Promise<ApplicationTimeline> {
  return call("GET", `/api/applications/${id}`, undefined, signal);
}

export function readRound(id: number, round: number, signal?: AbortSignal): Promise<RoundView> {
  return call("GET", `/api/applications/${id}/rounds/${round}`, undefined, signal);
}

export function listTodo(signal?: AbortSignal): Promise<TrackedTodo[]> {
  return call("GET", "/api/todo", undefined, signal);
}

/** A new, empty application: typed in by company and role. */
export function createApplication(company: string, role: string): Promise<CreatedApplication> {
  return call("POST", "/api/applications", { application: company, ...(role.trim() ? { role } : {}) });
}

export function changeApplication(id: number, change: ApplicationChange): Promise<unknown> {
  return call("PATCH", `/api/applications/${id}`, change);
}

export function moveApplication(id: number, stage: MoveStage): Promise<{ stage: string; previous: string }> {
  return call("POST", `/api/applications/${id}/stage`, { stage });
}

export function mergeApplications(into: number, from: number): Promise<unknown> {
  return call("POST", `/api/applications/${into}/merge`, { from: String(from) });
}

export function deleteApplication(id: number): Promise<{ restorableUntil: string }> {
  return call("DELETE", `/api/applications/${id}?confirm=yes`);
}

/** Undoes a delete made a short while ago: the application comes back as it was. */
export function restoreApplication(id: number): Promise<{ applicationId: number; company: string }> {
  return call("POST", `/api/applications/${id}/restore`);
}

/** The deletes that can still be put back, the newest first. */
export function listDeleted(signal?: AbortSignal): Promise<DeletedApplication[]> {
  return call("GET", "/api/deleted", undefined, signal);
}

export function undoDone(id: number): Promise<unknown> {
  return call("POST", `/api/actions/${id}/undo`);
}

export function saveDraft(id: number, text: string | null): Promise<{ editedText: string | null }> {
  return call("PUT", `/api/actions/${id}/draft`, { text });
}

export function snoozeAction(id: number, until: string | null): Promise<{ snoozedUntil: string | null }> {
  return call("POST", `/api/actions/${id}/snooze`, { until });
}

export function readSettings(signal?: AbortSignal): Promise<{ timeZone: string | null; now: string }> {
  return call("GET", "/api/settings", undefined, signal);
}

export function markDone(id: number): Promise<TodoItem> {
  return call("POST", `/api/actions/${id}/done`);
}

export function readInsights(signal?: AbortSignal): Promise<Insights> {
  return call("GET", "/api/insights", undefined, signal);
}

export function readSearchPace(signal?: AbortSignal): Promise<SearchPaceJson> {
  return call("GET", "/api/insights/search", undefined, signal);
}

/** An action's draft as an .eml file, with the name the server gives it (or one made here). */
export async function fetchEml(id: number, fallbackName: string): Promise<{ blob: Blob; filename: string }> {
  const response = await send("GET", `/api/actions/${id}/eml`);
  const disposition = response.headers.get("Content-Disposition") ?? "";
  const named = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition)?.[1];
  let filename = fallbackName;
  if (named) {
    try {
      filename = decodeURIComponent(named);
    } catch {
      filename = named;
    }
  }
  return { blob: await response.blob(), filename: filename.replace(/[/\\]/g, "-") };
}

/** The folders the server may follow caption files in (`debrief serve --captions`); none: paste only. */
export function liveCaptionFolders(signal?: AbortSignal): Promise<{ captionFolders: string[] }> {
  return call("GET", "/api/live", undefined, signal);
}

/** Starts a live read: following a caption file on the server's machine, or taking posted text. */
export function startLive(body: {
  me?: string;
  path?: string;
  invite?: UploadJson;
}): Promise<{ id: string }> {
  return call("POST", "/api/live", body);
}

/** Files a live read in the workspace (finishing it first if need be): the transcript and the invite. */
export function saveLive(id: string, body: { application?: string }): Promise<SaveResult> {
  return call("POST", `/api/live/${encodeURIComponent(id)}/save`, body);
}

export function postLiveText(id: string, text: string): Promise<LiveBoardJson> {
  return call("POST", `/api/live/${encodeURIComponent(id)}/text`, { text });
}

export function finishLive(id: string): Promise<LiveFinishJson> {
  return call("POST", `/api/live/${encodeURIComponent(id)}/finish`);
}

/** The live read's events: the board at once, then after each change, and the final one. */
export function liveEventsUrl(id: string): string {
  return `/api/live/${encodeURIComponent(id)}/events`;
}

let labels: Promise<Map<string, string>> | undefined;

/** Every signal's human label by id, asked for once a page load. */
export function signalLabels(): Promise<Map<string, string>> {
  labels ??= call<{ id: string; label: string }[]>("GET", "/api/signals").then(
    (list) => new Map(list.map((s) => [s.id, s.label])),
    (e: unknown) => {
      labels = undefined;
      throw e;
    },
  );
  return labels;
}
