import { companyKey } from "../core/mail/company-key.js";
import type { ApplicationRow } from "../store/workspace-store.js";
import { InputError } from "./input-error.js";

/** How an application is named where one must be picked: "12  Acme, data engineer". */
export function labelOf(a: Pick<ApplicationRow, "id" | "company" | "role">): string {
  return `${a.id}  ${a.company}${a.role ? `, ${a.role}` : ""}`;
}

/** Finds an application by id or company (exact, then unique prefix); undefined when none. */
export function findApplication(apps: ApplicationRow[], ref: string): ApplicationRow | undefined {
  const trimmed = ref.trim();
  if (/^\d+$/.test(trimmed)) return apps.find((a) => a.id === Number(trimmed));
  const key = companyKey(trimmed);
  const exact = apps.filter((a) => companyKey(a.company) === key);
  if (exact.length === 1) return exact[0];
  const prefix = apps.filter((a) => companyKey(a.company).startsWith(key));
  if (prefix.length === 1 && key.length >= 2) return prefix[0];
  if (exact.length > 1 || prefix.length > 1) {
    throw new InputError(
      "ambiguous-application",
      `"${ref}" matches ${Math.max(exact.length, prefix.length)} applications`,
      `use the id: ${[...(exact.length > 1 ? exact : prefix)].map((a) => labelOf(a)).join("; ")}`,
    );
  }
  return undefined;
}
