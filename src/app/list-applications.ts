import { countApplications } from "../store/read-application.js";
import type { IdRange } from "../store/read-overview.js";
import { readOverviewPages } from "../store/read-overview.js";
import type { Store } from "../store/workspace-store.js";
import { type ApplicationSummaryWithDetails, withDetails } from "./track-applications.js";
import {
  type ApplicationSummary,
  isListed,
  type ListFilter,
  summarizeApplications,
} from "./workspace-views.js";

// `debrief list` and `GET /api/applications` a page of applications at a time: what they hold in memory
// is a page's, whatever the workspace's size.

/** A page of the list: the summaries that pass the filter, and the ids the page covered. */
export interface ListPage<T = ApplicationSummary> {
  summaries: T[];
  range: IdRange;
}

/**
 * The list's summaries (as `listApplications` gives them, in the same order) a page of applications at a
 * time, from the first id after `after`. A page whose applications all fail the filter is passed over.
 */
export async function* applicationPages(
  store: Store,
  now: string,
  filter: ListFilter = {},
  options: { after?: number; pageSize?: number } = {},
): AsyncGenerator<ListPage> {
  for await (const page of readOverviewPages(store, options)) {
    const first = page.applications[0]?.id;
    if (first === undefined || page.last === undefined) continue;
    const summaries = summarizeApplications(page, now).filter((s) => isListed(s, filter));
    if (summaries.length > 0) yield { summaries, range: { first, last: page.last } };
  }
}

/** The same pages with each application's details and thin reads, as `GET /api/applications` shows them. */
export async function* detailedPages(
  store: Store,
  now: string,
  filter: ListFilter = {},
  options: { after?: number; pageSize?: number } = {},
): AsyncGenerator<ListPage<ApplicationSummaryWithDetails>> {
  for await (const page of applicationPages(store, now, filter, options))
    yield { summaries: await withDetails(store, page.summaries, page.range), range: page.range };
}

/** How many applications pass the filter: counted by the database with no filter, else a pass over the pages. */
export async function countListed(store: Store, now: string, filter: ListFilter = {}): Promise<number> {
  if (Object.keys(filter).length === 0) return countApplications(store);
  let n = 0;
  for await (const page of applicationPages(store, now, filter)) n += page.summaries.length;
  return n;
}
