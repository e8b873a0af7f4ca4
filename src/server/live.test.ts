import { execFileSync } from "node:child_process";
import { appendFile, mkdir, mkdtemp, rename, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Hono } from "hono";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { icsText } from "../../test/mail-fixtures.js";
import { resolveCaptionFolders } from "../app/caption-folders.js";
import { createLiveSessions, type LiveBoard, type LiveSessions } from "../app/live-sessions.js";
import { closeStore, openWorkspace, type Store } from "../app/open-workspace.js";
import { buildApp } from "./build-app.js";

// Everyone here is made up.
const NOW = "2026-03-10T12:00:00.000Z";
const HOST = "127.0.0.1:4820";

async function post(app: Hono, path: string, json: unknown) {
  const res = await app.request(`http://${HOST}${path}`, {
    method: "POST",
    headers: { host: HOST, "content-type": "application/json" },
    body: JSON.stringify(json),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

const codeOf = (body: Record<string, unknown>) => (body.error as { code?: string } | undefined)?.code;

interface SseEvent {
  event: string;
  board: LiveBoard;
}

/** Reads a response's Server-Sent Events as they come, one at a time. */
function readEvents(res: Response) {
  const reader = res.body?.getReader();
  if (!reader) throw new Error("no body");
  const decoder = new TextDecoder();
  let buffered = "";
  const next = async (): Promise<SseEvent> => {
    for (;;) {
      const end = buffered.indexOf("\n\n");
      if (end >= 0) {
        const block = buffered.slice(0, end);
        buffered = buffered.slice(end + 2);
        const event = /^event: (.*)$/m.exec(block)?.[1] ?? "message";
        const data = block
          .split("\n")
          .filter((l) => l.startsWith("data: "))
          .map((l) => l.slice(6))
          .join("\n");
        return { event, board: JSON.parse(data) as LiveBoard };
      }
      const { value, done } = await reader.read();
      if (done) throw new Error("the stream ended");
      buffered += decoder.decode(value, { stream: true });
    }
  };
  /** The next event that `wanted` accepts. */
  const until = async (wanted: (e: SseEvent) => boolean): Promise<SseEvent> => {
    for (;;) {
      const e = await next();
      if (wanted(e)) return e;
    }
  };
  return { next, until, cancel: () => reader.cancel() };
}

async function events(app: Hono, id: string) {
  const res = await app.request(`http://${HOST}/api/live/${id}/events`, { headers: { host: HOST } });
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toContain("text/event-stream");
  return readEvents(res);
}

const START_QUESTION = (e: SseEvent) => e.board.signals.some((s) => s.id === "start-date-discussed");

describe("live reads over the API", () => {
  let dir: string;
  /** The caption folder the server was started with, inside `dir`. */
  let captions: string;
  let store: Store;
  let live: LiveSessions;
  let app: Hono;
  let logs: string[];

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "debrief-live-"));
    captions = join(dir, "captions");
    await mkdir(captions);
    store = await openWorkspace({ DEBRIEF_HOME: join(dir, "home") }, NOW);
    live = createLiveSessions({
      now: () => NOW,
      pollMs: 20,
      captionFolders: await resolveCaptionFolders([captions]),
    });
    logs = [];
    app = buildApp({
      store,
      now: () => new Date(NOW),
      log: (line) => logs.push(line),
      hosts: [HOST],
      liveSessions: live,
    });
  });
  afterEach(async () => {
    await live.close();
    await closeStore(store);
    await rm(dir, { recursive: true, force: true });
    expect(logs).toEqual([]);
  });

  it("posted text: the stream gives the board at once, then an update with the signal heard", async () => {
    const started = await post(app, "/api/live", { me: "Sam Okafor" });
    expect(started.status).toBe(200);
    const id = String(started.body.id);
    const stream = await events(app, id);
    const first = await stream.next();
    expect(first.event).toBe("update");
    expect(first.board).toMatchObject({ provisional: true, turns: 0, signals: [] });

    const text = await post(app, `/api/live/${id}/text`, {
      text: "Priya Raman: Thanks for coming in. When could you start if this goes ahead?\nSam Okafor: I have",
    });
    expect(text.status).toBe(200);
    // The answer is held back until the next turn; the question is complete.
    await post(app, `/api/live/${id}/text`, { text: " four weeks of notice.\nPriya Raman: Good.\n" });
    const update = await stream.until(START_QUESTION);
    expect(update.event).toBe("update");
    expect(update.board.provisional).toBe(true);
    const signal = update.board.signals.find((s) => s.id === "start-date-discussed");
    expect(signal?.quote).toContain("When could you start");
    expect(signal?.speaker).toBe("Priya Raman");
    expect(signal?.polarity).toBe("positive");
    expect(update.board.talkShare.map((t) => t.speaker).sort()).toEqual(["Priya Raman", "Sam Okafor"]);

    const finished = await post(app, `/api/live/${id}/finish`, {});
    expect(finished.status).toBe(200);
    const body = finished.body as {
      board: LiveBoard;
      final: { read: { band: string }; signals: { id: string }[] };
    };
    expect(["strong", "promising", "mixed", "weak"]).toContain(body.final.read.band);
    expect(body.board.provisional).toBe(false);
    expect(body.board.band).toBe(body.final.read.band);
    expect(body.final.signals.map((s) => s.id)).toContain("start-date-discussed");
    const final = await stream.until((e) => e.event === "final");
    expect(final.board.provisional).toBe(false);

    // Finished: no more text; a new stream gives the final board and ends.
    expect(codeOf((await post(app, `/api/live/${id}/text`, { text: "more\n" })).body)).toBe("finished");
    const again = await events(app, id);
    expect((await again.next()).event).toBe("final");
    await expect(again.next()).rejects.toThrow("the stream ended");
  });

  it("a followed file: lines appended after the start come as updates", async () => {
    const path = join(captions, "captions.vtt");
    await writeFile(
      path,
      "WEBVTT\n\n00:00:03.000 --> 00:00:08.000\n<v Priya Raman>Hi Sam, thanks for joining.\n\n",
    );
    const started = await post(app, "/api/live", { path, me: "Sam Okafor" });
    expect(started.status).toBe(200);
    const stream = await events(app, String(started.body.id));
    await appendFile(
      path,
      [
        "00:41:00.000 --> 00:41:10.000",
        "<v Priya Raman>Before we finish, when could you start if this goes ahead?",
        "",
        "00:41:20.000 --> 00:41:30.000",
        "<v Sam Okafor>Early April.",
        "",
        "",
      ].join("\n"),
    );
    const update = await stream.until(START_QUESTION);
    expect(update.board.signals.find((s) => s.id === "start-date-discussed")?.minute).toBe(41);
    expect(update.board.elapsedMinutes).toBeGreaterThanOrEqual(41);
    await stream.cancel();
    const finished = await post(app, `/api/live/${String(started.body.id)}/finish`, {});
    expect(finished.status).toBe(200);
    expect((finished.body.final as { signals: { id: string }[] }).signals.map((s) => s.id)).toContain(
      "start-date-discussed",
    );
  });

  it("closing the sessions ends open streams", async () => {
    const { body } = await post(app, "/api/live", {});
    const stream = await events(app, String(body.id));
    await stream.next();
    await live.close();
    await expect(stream.next()).rejects.toThrow("the stream ended");
  });

  it("refuses unknown sessions, missing files, bad bodies, and finishing with nothing read", async () => {
    const cases: [string, unknown, string][] = [
      ["/api/live/nope/text", { text: "x" }, "no-such-session"],
      ["/api/live/nope/finish", {}, "no-such-session"],
      ["/api/live", { path: join(captions, "missing.vtt") }, "not-found"],
      ["/api/live", { path: "missing.vtt" }, "not-found"],
      ["/api/live", { path: join(captions, "sub") }, "not-a-file"],
      ["/api/live", { me: 3 }, "bad-request"],
    ];
    await mkdir(join(captions, "sub"));
    for (const [path, json, code] of cases) {
      const a = await post(app, path, json);
      expect([path, a.status, codeOf(a.body)]).toEqual([path, 400, code]);
    }
    const res = await app.request(`http://${HOST}/api/live/nope/events`, { headers: { host: HOST } });
    expect(res.status).toBe(400);
    expect(codeOf((await res.json()) as Record<string, unknown>)).toBe("no-such-session");

    const { body } = await post(app, "/api/live", {});
    const id = String(body.id);
    expect(codeOf((await post(app, `/api/live/${id}/text`, { text: 3 })).body)).toBe("bad-request");
    expect(codeOf((await post(app, `/api/live/${id}/finish`, {})).body)).toBe("nothing-read");
    // Nothing was lost: the session goes on and finishes once something is read.
    await post(app, `/api/live/${id}/text`, { text: "Priya Raman: When could you start?\n" });
    expect((await post(app, `/api/live/${id}/finish`, {})).status).toBe(200);
  });

  it("with an invite: the board measures against its slot; save files the transcript and the invite as one round", async () => {
    const invite = icsText({
      uid: "live-1@wrenfield.example",
      start: "20260310T100000Z",
      end: "20260310T104500Z",
      summary: "Interview: Wrenfield Robotics, Controls Engineer",
      organizer: "Priya Raman <priya@wrenfield.example>",
      attendees: ["Sam Okafor <sam@mail.example>"],
    });
    const started = await post(app, "/api/live", {
      me: "Sam Okafor",
      invite: { name: "invite.ics", text: invite },
    });
    expect(started.status).toBe(200);
    const id = String(started.body.id);
    const text = await post(app, `/api/live/${id}/text`, {
      text: "Priya Raman: Thanks for coming in. When could you start if this goes ahead?\nSam Okafor: Early April.\n",
    });
    expect((text.body as unknown as LiveBoard).scheduledMinutes).toBe(45);

    // Saving finishes the read first, then files it: the same round whether saved once or twice.
    const saved = await post(app, `/api/live/${id}/save`, {});
    expect(saved.status).toBe(200);
    const report = saved.body as { filed: { company: string; files: string[] }[]; duplicates: unknown[] };
    expect(report.filed).toHaveLength(1);
    expect(report.filed[0]?.company).toBe("Wrenfield Robotics");
    const again = await post(app, `/api/live/${id}/save`, {});
    expect(again.status).toBe(200);
    expect((again.body as { filed: unknown[] }).filed).toHaveLength(0);
    expect((again.body as { duplicates: unknown[] }).duplicates.length).toBeGreaterThan(0);

    const list = await app.request(`http://${HOST}/api/applications`, { headers: { host: HOST } });
    const apps = (await list.json()) as { company: string }[];
    expect(apps.map((a) => a.company)).toEqual(["Wrenfield Robotics"]);
  });

  it("refuses an invite with no event in it, and saving a session that read nothing", async () => {
    const bad = await post(app, "/api/live", { invite: { name: "invite.ics", text: "not a calendar" } });
    expect([bad.status, codeOf(bad.body)]).toEqual([400, "bad-invite"]);
    const { body } = await post(app, "/api/live", {});
    const saved = await post(app, `/api/live/${String(body.id)}/save`, {});
    expect([saved.status, codeOf(saved.body)]).toEqual([400, "nothing-read"]);
    expect(codeOf((await post(app, "/api/live/nope/save", {})).body)).toBe("no-such-session");
    expect(codeOf((await post(app, `/api/live/${String(body.id)}/save`, { application: 7 })).body)).toBe(
      "bad-request",
    );
  });

  describe("follows only what the user chose (a local program cannot read other files through Live)", () => {
    const SECRET = "Priya Raman: When could you start? PRIVATE-KEY-0451\n";
    let secret: string;
    beforeEach(async () => {
      secret = join(dir, "id_ed25519");
      await writeFile(secret, SECRET);
    });

    it("refuses a path outside the caption folders, however it is spelled, with the same answer whether it exists", async () => {
      await symlink(secret, join(captions, "link.vtt"));
      await symlink(dir, join(captions, "up"));
      const outside = [
        secret,
        join(dir, "no-such-file"),
        "../id_ed25519",
        `${captions}/../id_ed25519`,
        join(captions, "link.vtt"),
        join(captions, "up", "id_ed25519"),
        "/etc/passwd",
      ];
      for (const path of outside) {
        const a = await post(app, "/api/live", { path });
        expect([path, a.status, codeOf(a.body)]).toEqual([path, 403, "outside-captions"]);
        expect(JSON.stringify(a.body)).not.toContain("PRIVATE-KEY");
      }
    });

    it("follows no file at all when the server was started without caption folders", async () => {
      const bare = createLiveSessions({ now: () => NOW, pollMs: 20 });
      const open = buildApp({
        store,
        now: () => new Date(NOW),
        log: (line) => logs.push(line),
        hosts: [HOST],
        liveSessions: bare,
      });
      try {
        const folders = await open.request(`http://${HOST}/api/live`, { headers: { host: HOST } });
        expect(await folders.json()).toEqual({ captionFolders: [] });
        for (const path of [secret, join(captions, "x.vtt"), "x.vtt"]) {
          const a = await post(open, "/api/live", { path });
          expect([a.status, codeOf(a.body)]).toEqual([403, "captions-not-allowed"]);
        }
        // Pasted text still works.
        expect((await post(open, "/api/live", {})).status).toBe(200);
      } finally {
        await bare.close();
      }
      const mine = await app.request(`http://${HOST}/api/live`, { headers: { host: HOST } });
      expect(((await mine.json()) as { captionFolders: string[] }).captionFolders).toHaveLength(1);
    });

    it.skipIf(process.platform === "win32")(
      "refuses a FIFO, and a followed file swapped for a link out or a FIFO is not read; the server still answers",
      async () => {
        execFileSync("mkfifo", [join(captions, "pipe.vtt")]);
        const fifo = await post(app, "/api/live", { path: "pipe.vtt" });
        expect([fifo.status, codeOf(fifo.body)]).toEqual([400, "not-a-file"]);

        const path = join(captions, "captions.txt");
        await writeFile(path, "Priya Raman: Thanks for joining.\nSam Okafor: Glad to be here.\n");
        const started = await post(app, "/api/live", { path, me: "Sam Okafor" });
        expect(started.status).toBe(200);
        const id = String(started.body.id);
        const stream = await events(app, id);
        await stream.until((e) => e.board.turns >= 1);
        // Swapped for a link to a private file: never read.
        await rm(path);
        await symlink(secret, path);
        await new Promise((done) => setTimeout(done, 150));
        // Then for a FIFO: never opened in a way that blocks.
        await rm(path);
        execFileSync("mkfifo", [path]);
        await new Promise((done) => setTimeout(done, 150));
        const health = await app.request(`http://${HOST}/api/health`, { headers: { host: HOST } });
        expect(health.status).toBe(200);
        await stream.cancel();
        const finished = await post(app, `/api/live/${id}/finish`, {});
        expect(finished.status).toBe(200);
        const body = JSON.stringify(finished.body);
        expect(body).not.toContain("PRIVATE-KEY");
        expect(body).not.toContain("start-date-discussed");
        expect((finished.body.warnings as string[]).join("\n")).toContain("is not a regular file");
        const saved = await post(app, `/api/live/${id}/save`, { application: "Wrenfield Robotics" });
        expect(saved.status).toBe(200);
        const round = await app.request(`http://${HOST}/api/applications/1/rounds/1`, {
          headers: { host: HOST },
        });
        expect(await round.text()).not.toContain("PRIVATE-KEY");
      },
    );

    it("a caption folder that is a link is taken at its real place; a file renamed into it is followed", async () => {
      await symlink(captions, join(dir, "captions-link"));
      const folders = await resolveCaptionFolders([join(dir, "captions-link")]);
      expect(folders.roots).toHaveLength(1);
      const again = createLiveSessions({ now: () => NOW, pollMs: 20, captionFolders: folders });
      try {
        await writeFile(join(dir, "staged.txt"), "Priya Raman: When could you start?\nSam Okafor: May.\n");
        await rename(join(dir, "staged.txt"), join(captions, "meeting.txt"));
        const { id } = await again.start({ now: NOW, path: join(dir, "captions-link", "meeting.txt") });
        const done = await again.finish(id);
        expect(done.final.signals.map((s) => s.id)).toContain("start-date-discussed");
      } finally {
        await again.close();
      }
      await expect(resolveCaptionFolders([secret])).rejects.toMatchObject({ code: "bad-captions" });
      await expect(resolveCaptionFolders(["/"])).rejects.toMatchObject({ code: "bad-captions" });
    });
  });

  it("when every place is taken, an unwatched session gives way; a watched one keeps its place", async () => {
    const few = createLiveSessions({ now: () => NOW, maxSessions: 2, unwatchedMs: 0 });
    try {
      const watched = await few.start({ now: NOW });
      const stop = few.subscribe(watched.id, () => {});
      const left = await few.start({ now: NOW });
      await few.start({ now: NOW });
      expect(() => few.board(left.id)).toThrow(/no live session/);
      expect(few.board(watched.id).turns).toBe(0);
      stop();
    } finally {
      await few.close();
    }
  });

  it("keeps at most eight sessions, dropping finished ones first", async () => {
    const few = createLiveSessions({ now: () => NOW, maxSessions: 2 });
    try {
      const a = await few.start({ now: NOW });
      await few.start({ now: NOW });
      await expect(few.start({ now: NOW })).rejects.toMatchObject({ code: "too-many-sessions" });
      few.append(a.id, "Priya Raman: When could you start?\n");
      await few.finish(a.id);
      await few.start({ now: NOW });
      expect(() => few.board(a.id)).toThrow(/no live session/);
    } finally {
      await few.close();
    }
  });
});
