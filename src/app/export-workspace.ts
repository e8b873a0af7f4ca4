import { createHash } from "node:crypto";
import { open, stat } from "node:fs/promises";
import { Tokenizer, TokenParser, TokenType } from "@streamparser/json";
import { z } from "zod";
import { forEachRow, isEmpty, loadRows, type RowBatch, TABLES } from "../store/dump-rows.js";
import { schemaVersion } from "../store/migrate.js";
import type { Store } from "../store/workspace-store.js";
import { TABLE_ROWS } from "./export-rows.js";
import { InputError } from "./input-error.js";

/**
 * `debrief export` and `debrief import`: the whole workspace as one JSON document, every table and
 * column as stored (raw sources in base64), so that importing it into an empty workspace gives the same
 * workspace back. (The CSV of the applications, one way, is export-applications-csv.ts.)
 *
 * Both directions stream: export writes a row at a time as it reads them, and import validates and
 * stores a row at a time as it reads them, so a workspace of any size goes through in the memory of
 * its largest row (V8's string limit, about 512 MB, is then a limit on one source, not on the export).
 */
export const EXPORT_FORMAT = "debrief-workspace";
export const EXPORT_VERSION = 1;

type TableName = (typeof TABLES)[number];

export interface WorkspaceExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  schemaVersion: number;
  exportedAt: string;
  tables: Record<TableName, Record<string, unknown>[]>;
}

function encodeRow(row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row))
    out[k] = v instanceof Uint8Array ? Buffer.from(v).toString("base64") : v;
  return out;
}

/**
 * Writes the export's text to `write` a piece at a time (a row per call), awaiting each: the text is
 * exactly `JSON.stringify` of the whole document, and a slow reader slows the export, never fills memory.
 */
export async function writeExport(
  store: Store,
  now: string,
  write: (text: string) => Promise<unknown> | unknown,
): Promise<void> {
  const version = await schemaVersion(store.conn);
  await write(
    `{"format":${JSON.stringify(EXPORT_FORMAT)},"version":${EXPORT_VERSION},"schemaVersion":${version},"exportedAt":${JSON.stringify(now)},"tables":{`,
  );
  let table: TableName | undefined;
  let first = true;
  await forEachRow(store, async (t, row) => {
    if (t !== table) {
      await write(`${openTables(table, t)}`);
      table = t;
      first = true;
    }
    await write(`${first ? "" : ","}${JSON.stringify(encodeRow(row))}`);
    first = false;
  });
  await write(`${openTables(table, undefined)}}}`);
}

/** The text between one table's rows and the next's: tables without rows are written as []. */
function openTables(from: TableName | undefined, to: TableName | undefined): string {
  const start = from === undefined ? 0 : TABLES.indexOf(from) + 1;
  const end = to === undefined ? TABLES.length : TABLES.indexOf(to);
  let text = from === undefined ? "" : "]";
  for (let i = start; i < end; i++) text += `${i === 0 ? "" : ","}${JSON.stringify(TABLES[i])}:[]`;
  if (to !== undefined) text += `${TABLES.indexOf(to) === 0 ? "" : ","}${JSON.stringify(to)}:[`;
  return text;
}

const headerSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  schemaVersion: z.number().int().nonnegative(),
  exportedAt: z.string(),
});
type ExportHeader = z.infer<typeof headerSchema>;

/** What reading an export yields: its header first, then each row, checked, in the file's order. */
export type ExportItem =
  | { kind: "header"; header: ExportHeader }
  | { kind: "row"; table: TableName; row: Record<string, unknown>; content?: Uint8Array };

const badExport = (message: string, hint = "give a file written by `debrief export`") =>
  new InputError("bad-export", message, hint);

function notAnExport(source: string, path: (string | number)[], message: string): InputError {
  return badExport(
    `${source} is not a Debrief workspace export: ${path.join(".") || "the document"}: ${message}`,
  );
}

/** A header, or the whole document's keys at the end, checked against the header's shape. */
function checkHeader(source: string, header: Record<string, unknown>): ExportHeader {
  const parsed = headerSchema.safeParse(header);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw notAnExport(source, issue?.path.map(String) ?? [], issue?.message ?? "unexpected shape");
}

/** One row, column by column, and a source's bytes against its hash (a deleted application's export too). */
export function checkRow(
  source: string,
  table: TableName,
  index: number,
  row: unknown,
): Record<string, unknown> {
  return checkRowBytes(source, table, index, row).row;
}

/** `checkRow`, with a source's content as the bytes its check decoded (the import stores them). */
function checkRowBytes(
  source: string,
  table: TableName,
  index: number,
  row: unknown,
): { row: Record<string, unknown>; content?: Uint8Array } {
  const parsed = TABLE_ROWS[table].safeParse(row);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw notAnExport(
      source,
      ["tables", table, index, ...(issue?.path.map(String) ?? [])],
      issue?.message ?? "unexpected shape",
    );
  }
  const data = parsed.data as Record<string, unknown>;
  return table === "sources" ? { row: data, content: checkSource(source, index, data) } : { row: data };
}

/**
 * Reads an export's text as it arrives (a file's chunks, or one string) and yields its header, then
 * each row, checked column by column. The document's shape is followed token by token: only one row is
 * ever held. Anything that is not an export, or was edited, or is cut short, is an InputError, thrown
 * where it is found; an importer that has stored earlier rows rolls them back.
 */
export async function* readExport(
  chunks: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>,
  source: string,
): AsyncGenerator<ExportItem> {
  const pending: ExportItem[] = [];
  const header: Record<string, unknown> = {};
  const counts = new Map<TableName, number>();
  const stack: { isObject: boolean; expectKey: boolean; key?: string }[] = [];
  let inTables = false;
  let sawToken = false;

  /** Where a value starts: the root, a header key, `tables`, or a table's array. */
  const valueStarts = (token: TokenType, value: unknown) => {
    const depth = stack.length;
    const key = stack[depth - 1]?.key;
    const isContainer = token === TokenType.LEFT_BRACE || token === TokenType.LEFT_BRACKET;
    if (depth === 0 && token !== TokenType.LEFT_BRACE) throw notAnExport(source, [], "expected an object");
    if (depth === 1 && key !== undefined) {
      if (key in header || (key === "tables" && inTables)) throw notAnExport(source, [key], "given twice");
      if (key !== "tables") header[key] = isContainer ? {} : value;
      else if (token !== TokenType.LEFT_BRACE) throw notAnExport(source, ["tables"], "expected an object");
      else {
        pending.push({ kind: "header", header: checkHeader(source, header) });
        inTables = true;
      }
    }
    if (depth === 2 && inTables && stack[0]?.key === "tables" && key !== undefined) {
      const table = TABLES.find((t) => t === key);
      if (!table) throw notAnExport(source, ["tables"], `unrecognized key ${JSON.stringify(key)}`);
      if (counts.has(table)) throw notAnExport(source, ["tables", table], "given twice");
      if (token !== TokenType.LEFT_BRACKET) throw notAnExport(source, ["tables", table], "expected an array");
      counts.set(table, 0);
    }
  };
  const see = (token: TokenType, value: unknown) => {
    sawToken = true;
    const top = stack[stack.length - 1];
    if (token === TokenType.RIGHT_BRACE || token === TokenType.RIGHT_BRACKET) stack.pop();
    else if (token === TokenType.COMMA) {
      if (top?.isObject) top.expectKey = true;
    } else if (token === TokenType.COLON || token === TokenType.SEPARATOR) return;
    else if (top?.isObject && top.expectKey) {
      top.key = String(value);
      top.expectKey = false;
    } else {
      valueStarts(token, value);
      if (token === TokenType.LEFT_BRACE) stack.push({ isObject: true, expectKey: true });
      else if (token === TokenType.LEFT_BRACKET) stack.push({ isObject: false, expectKey: false });
    }
  };

  const tokenizer = new Tokenizer();
  const parser = new TokenParser({ paths: ["$.tables.*.*"], keepStack: false });
  tokenizer.onToken = (t) => {
    see(t.token, t.value);
    parser.write(t);
  };
  parser.onValue = ({ value, stack: where }) => {
    const table = TABLES.find((t) => t === where[2]?.key);
    if (!table) return;
    const index = counts.get(table) ?? 0;
    counts.set(table, index + 1);
    pending.push({ kind: "row", table, ...checkRowBytes(source, table, index, value) });
  };
  const feed = (write: () => void) => {
    try {
      write();
    } catch (e) {
      if (e instanceof InputError) throw e;
      const why =
        e instanceof RangeError ? "a value is too large to read" : e instanceof Error ? e.message : String(e);
      throw badExport(`${source} is not JSON (${why})`);
    }
  };
  for await (const chunk of chunks) {
    feed(() => tokenizer.write(chunk));
    yield* pending.splice(0);
  }
  feed(() => {
    // Each ends itself when the document closes; what is left open at the end is a file cut short.
    if (!tokenizer.isEnded) tokenizer.end();
    if (!parser.isEnded) parser.end();
  });
  if (!sawToken) throw badExport(`${source} is not JSON (the file is empty)`);
  yield* pending.splice(0);
  checkHeader(source, header);
  if (!inTables) throw notAnExport(source, ["tables"], "missing");
  for (const t of TABLES) if (!counts.has(t)) throw notAnExport(source, ["tables", t], "missing");
}

/**
 * Each source's bytes must be what was stored: base64 that decodes to content with the hash beside it.
 * A file edited by hand (or cut short) is refused here rather than stored with a hash that lies.
 */
function checkSource(source: string, index: number, row: Record<string, unknown>): Uint8Array {
  const where = `${source}: tables.sources.${index}${typeof row.name === "string" ? ` (${row.name})` : ""}`;
  const bad = (what: string) =>
    badExport(`${where}: ${what}`, "give a file written by `debrief export`, as it was written");
  if (typeof row.content !== "string") throw bad("content is not base64 text");
  const bytes = Buffer.from(row.content, "base64");
  if (bytes.toString("base64") !== row.content) throw bad("content is not base64");
  if (createHash("sha256").update(bytes).digest("hex") !== row.sha256)
    throw bad("the content does not match its sha256");
  if (bytes.length !== row.bytes) throw bad(`bytes says ${row.bytes}, the content is ${bytes.length}`);
  return bytes;
}

/** A database refusing a row (a missing column, a broken reference, a wrong type): the export's fault. */
function isRefusedRow(e: unknown): boolean {
  const code = (e as { code?: unknown } | undefined)?.code;
  if (typeof code !== "string") return false;
  // SQLite: constraint and type failures, and a column the table does not have.
  if (/^SQLITE_(CONSTRAINT|MISMATCH|RANGE|TOOBIG)/.test(code)) return true;
  if (code === "SQLITE_ERROR") return /has no column named/.test((e as Error).message);
  // PostgreSQL SQLSTATE: 22 data exception, 23 integrity constraint violation, 42703 undefined column.
  return /^(22|23)[0-9A-Z]{3}$/.test(code) || code === "42703";
}

export interface ImportReport {
  applications: number;
  sources: number;
  outcomes: number;
}

/** A source's rows carry their bytes: a batch holds up to this much of them (and at least one row). */
const BATCH_ROWS = 200;
const BATCH_BYTES = 32 * 1024 * 1024;

/** The header's schema version is this workspace's, and the workspace is empty; else an InputError. */
async function checkImportable(store: Store, header: ExportHeader): Promise<void> {
  const current = await schemaVersion(store.conn);
  if (header.schemaVersion > current) {
    throw new InputError(
      "export-too-new",
      `the export is of schema version ${header.schemaVersion}; this Debrief knows up to ${current}`,
      "update Debrief, then import again",
    );
  }
  // The columns checked are this version's: an export of another version does not fit them.
  if (header.schemaVersion !== current) {
    throw new InputError(
      "bad-export",
      `the export is of schema version ${header.schemaVersion}, this workspace of ${current}`,
      "give a file written by `debrief export` of this version (update the Debrief that wrote it and export again)",
    );
  }
  if (!(await isEmpty(store))) {
    throw new InputError(
      "workspace-not-empty",
      "the workspace already holds applications; import only fills an empty one",
      "point DEBRIEF_HOME (or DEBRIEF_DATABASE_URL) at a new workspace, then import",
    );
  }
}

/** The rows after the header in batches of one table, sources' bytes decoded, counted into `report`. */
async function* rowBatches(
  reader: AsyncIterator<ExportItem>,
  report: ImportReport,
): AsyncGenerator<RowBatch> {
  let batch: RowBatch | undefined;
  let bytes = 0;
  for (let next = await reader.next(); !next.done; next = await reader.next()) {
    const item = next.value;
    if (item.kind !== "row") throw badExport("the export has two headers");
    if (item.table === "applications" || item.table === "sources" || item.table === "outcomes")
      report[item.table]++;
    const row =
      item.table === "sources" && typeof item.row.content === "string"
        ? { ...item.row, content: new Uint8Array(item.content ?? Buffer.from(item.row.content, "base64")) }
        : item.row;
    if (batch && (batch.table !== item.table || batch.rows.length >= BATCH_ROWS || bytes >= BATCH_BYTES)) {
      yield batch;
      batch = undefined;
    }
    if (!batch) {
      batch = { table: item.table, rows: [] };
      bytes = 0;
    }
    batch.rows.push(row);
    bytes += row.content instanceof Uint8Array ? row.content.length : 0;
  }
  if (batch) yield batch;
}

/**
 * Loads an export into an empty workspace, in one transaction, a batch of rows at a time as they are
 * read: the header is checked before anything is written, and any bad row rolls everything back.
 */
export async function importWorkspace(store: Store, items: AsyncIterable<ExportItem>): Promise<ImportReport> {
  const reader = items[Symbol.asyncIterator]();
  const first = await reader.next();
  if (first.done || first.value.kind !== "header") throw badExport("the export has no header");
  await checkImportable(store, first.value.header);
  const report: ImportReport = { applications: 0, sources: 0, outcomes: 0 };
  try {
    await loadRows(store, rowBatches(reader, report));
  } catch (e) {
    if (!isRefusedRow(e)) throw e;
    throw new InputError(
      "bad-export",
      `the export does not fit this workspace's tables (${e instanceof Error ? e.message : String(e)}); nothing was imported`,
      "give a file written by `debrief export`, as it was written",
    );
  }
  return report;
}

/** An export file, read as it streams; a missing file is no-input. */
export async function readExportFile(path: string): Promise<AsyncGenerator<ExportItem>> {
  const info = await stat(path).catch(() => undefined);
  if (!info?.isFile()) throw new InputError("no-input", `${path}: no such file`);
  return readExport(fileChunks(path), path);
}

const CHUNK_BYTES = 1024 * 1024;

/**
 * A file's bytes a megabyte at a time, each read into the same buffer: a chunk holds until the next is
 * asked for, and `readExport` takes each whole before it asks (its tokenizer keeps none of it). A read
 * stream's fresh buffer per chunk, garbage at once, let some 60 MB of them wait for a collection: at
 * 50,000 applications that was the import's peak memory over 300 MB.
 */
async function* fileChunks(path: string): AsyncGenerator<Uint8Array> {
  const file = await open(path, "r");
  try {
    const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
    for (;;) {
      const { bytesRead } = await file.read(buffer, 0, CHUNK_BYTES, null);
      if (bytesRead === 0) return;
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    await file.close();
  }
}
