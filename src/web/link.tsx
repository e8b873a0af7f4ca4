import type { ComponentChildren, JSX } from "preact";
import { useEffect, useState } from "preact/hooks";

/**
 * In-page navigation over real URLs: a Link is an ordinary <a href> (so it opens in a new tab, is
 * reached with Tab and followed with Enter), and a plain click changes the page without a reload.
 */

const CHANGE = "debrief:navigate";

/** What each page would lose on leaving it, asked before an in-page navigation (see useLeaveGuard). */
const guards = new Set<() => string | undefined>();

/**
 * While `question` is set, a navigation within the dashboard asks it first ("… leave anyway?") and
 * stays on the page unless the answer is yes: for what a page cannot keep (files picked, not saved).
 */
export function useLeaveGuard(question: string | undefined): void {
  useEffect(() => {
    if (!question) return;
    const guard = () => question;
    guards.add(guard);
    return () => {
      guards.delete(guard);
    };
  }, [question]);
}

export function navigate(href: string): void {
  if (href === location.pathname + location.search) return;
  for (const guard of guards) {
    const question = guard();
    if (question && !window.confirm(question)) return;
  }
  history.pushState(null, "", href);
  window.dispatchEvent(new Event(CHANGE));
}

/** The current path, updated on every navigation (links, back and forward). */
export function useLocationPath(): string {
  const [path, setPath] = useState(location.pathname);
  useEffect(() => {
    const update = () => setPath(location.pathname);
    window.addEventListener("popstate", update);
    window.addEventListener(CHANGE, update);
    return () => {
      window.removeEventListener("popstate", update);
      window.removeEventListener(CHANGE, update);
    };
  }, []);
  return path;
}

type LinkProps = Omit<JSX.HTMLAttributes<HTMLAnchorElement>, "href" | "onClick"> & {
  href: string;
  children: ComponentChildren;
};

export function Link({ href, children, ...rest }: LinkProps) {
  const onClick = (event: MouseEvent) => {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(href);
  };
  return (
    <a {...rest} href={href} onClick={onClick}>
      {children}
    </a>
  );
}
