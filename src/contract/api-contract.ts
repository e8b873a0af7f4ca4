import type { z } from "zod";
import type { AddReport } from "../app/add-to-workspace.js";
import type { ContractJson } from "../app/analyze-case.js";
import type { LiveBoard, LiveFinish } from "../app/live-sessions.js";
import type { RoundView } from "../app/read-round.js";
import type {
  ApplicationDetails,
  ApplicationSummaryWithDetails,
  createApplication,
  showTrackedApplication,
  TrackedTodo,
} from "../app/track-applications.js";
import type { TodoItem } from "../app/workspace-views.js";
import type {
  analyzeRequest,
  draftRequest,
  renameRequest,
  saveRequest,
  snoozeRequest,
  stageRequest,
  uploadSchema,
} from "../server/schemas.js";
import type * as Web from "../web/api-types.js";

/*
 * One contract, checked by the compiler: the dashboard declares what it reads of the API by hand
 * (src/web/api-types.ts, which may import only core's types), and this file fails to compile when
 * those shapes drift from what app/ builds and the server sends, or from the bodies the server's
 * zod schemas accept. Nothing here runs.
 */

/** Compiles only when `T` is `true`. */
type Assert<T extends true> = T;
/** Whether every `From` is a `To`: what the server sends, the dashboard can read. */
type Fits<From, To> = [From] extends [To] ? true : false;
/** Whether `A` and `B` are the same. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** The dashboard sends what the schema accepts, and names every field it accepts. */
type Sends<Body, Schema extends z.ZodType> =
  Fits<Body, z.input<Schema>> extends true ? Same<keyof Body, keyof z.input<Schema>> : false;

/** What the server answers fits what the dashboard reads. */
export type Answers = [
  Assert<Fits<ContractJson, Web.ReadJson>>,
  Assert<Fits<AddReport, Web.SaveResult>>,
  Assert<Fits<ApplicationSummaryWithDetails, Web.ApplicationSummary>>,
  Assert<Fits<TodoItem, Web.TodoItem>>,
  Assert<Fits<TrackedTodo, Web.TrackedTodo>>,
  Assert<Fits<ApplicationDetails, Web.ApplicationDetails>>,
  Assert<Fits<Awaited<ReturnType<typeof showTrackedApplication>>, Web.ApplicationTimeline>>,
  Assert<Fits<Awaited<ReturnType<typeof createApplication>>, Web.CreatedApplication>>,
  Assert<Fits<RoundView, Web.RoundView>>,
  Assert<Fits<LiveBoard, Web.LiveBoardJson>>,
  Assert<Fits<LiveFinish, Web.LiveFinishJson>>,
];

/** What the dashboard sends is what the server's schemas take. */
export type Requests = [
  Assert<Sends<Web.UploadJson, typeof uploadSchema>>,
  Assert<Sends<Web.AnalyzeBody, typeof analyzeRequest>>,
  Assert<Sends<Web.SaveBody, typeof saveRequest>>,
  Assert<Sends<Web.ApplicationChange, typeof renameRequest>>,
  Assert<Sends<{ stage: Web.MoveStage }, typeof stageRequest>>,
  Assert<Sends<{ text: string | null }, typeof draftRequest>>,
  Assert<Sends<{ until: string | null }, typeof snoozeRequest>>,
];
