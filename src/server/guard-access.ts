import { timingSafeEqual } from "node:crypto";
import type { Context, MiddlewareHandler } from "hono";
import { getCookie, setCookie } from "hono/cookie";

/**
 * Who may talk to the server. On loopback, any local program, but only under the server's own host
 * name: a page on another site that rebinds its DNS name to 127.0.0.1 sends its own Host and Origin and
 * is refused. On another address, every request must carry the token too.
 */
export interface AccessOptions {
  /** The host and port the server answers as ("127.0.0.1:4820"); localhost and [::1] are added for loopback. */
  hosts: string[];
  /** When set, required on every request: `Authorization: Bearer …`, or the cookie `?token=` sets. */
  token?: string;
}

const TOKEN_COOKIE = "debrief_token";

function sameToken(given: string | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function setSecurityHeaders(c: Context): void {
  c.header("X-Content-Type-Options", "nosniff");
  c.header("Referrer-Policy", "no-referrer");
  c.header("X-Frame-Options", "DENY");
  c.header(
    "Content-Security-Policy",
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
  );
}

export function guardAccess(options: AccessOptions): MiddlewareHandler {
  const hosts = new Set(options.hosts.map((h) => h.toLowerCase()));
  return async (c, next) => {
    // On refusals too: set now, and again after the handler (whose response may be new).
    setSecurityHeaders(c);
    const host = (c.req.header("host") ?? "").toLowerCase();
    if (!hosts.has(host)) {
      return c.json(
        { error: { code: "bad-host", message: `this server does not answer for host "${host}"` } },
        403,
      );
    }
    const origin = c.req.header("origin");
    if (origin !== undefined && origin !== "null") {
      let originHost = "";
      try {
        originHost = new URL(origin).host.toLowerCase();
      } catch {
        originHost = "";
      }
      if (!hosts.has(originHost)) {
        return c.json(
          { error: { code: "bad-origin", message: "requests from other sites are refused" } },
          403,
        );
      }
    } else if (origin === "null") {
      return c.json({ error: { code: "bad-origin", message: "requests from other sites are refused" } }, 403);
    }
    if (options.token) {
      const fromQuery = c.req.query("token");
      if (fromQuery !== undefined && sameToken(fromQuery, options.token) && c.req.method === "GET") {
        // The URL printed at start carries the token once; a cookie carries it after.
        setCookie(c, TOKEN_COOKIE, options.token, { httpOnly: true, sameSite: "Strict", path: "/" });
        const url = new URL(c.req.url);
        url.searchParams.delete("token");
        // One leading slash: "//evil.example/x" would be a redirect to another site.
        return c.redirect(`${url.pathname.replace(/^[/\\]+/, "/")}${url.search}`, 303);
      }
      const bearer = /^Bearer\s+(.+)$/i.exec(c.req.header("authorization") ?? "")?.[1];
      if (!sameToken(bearer, options.token) && !sameToken(getCookie(c, TOKEN_COOKIE), options.token)) {
        return c.json(
          { error: { code: "no-token", message: "this server needs its token (see the URL it printed)" } },
          401,
        );
      }
    }
    await next();
    setSecurityHeaders(c);
  };
}
