import { InputError } from "../input-error.js";
import type { AddHooks, Choice, Question } from "./add-types.js";

/**
 * Asks the person which application files belong to, once per `key` in an add (a retry asks nothing
 * again); without a way to ask, an input error that says how to tell.
 */
export async function askWhichApplication(
  answers: Map<string, Choice>,
  hooks: AddHooks,
  key: string,
  question: Question,
): Promise<Choice> {
  const known_ = answers.get(key);
  if (known_) return known_;
  if (!hooks.choose) {
    const what = question.facts.company
      ? `it could be ${question.options.length} applications`
      : "it names no company";
    throw new InputError(
      "which-application",
      `cannot tell which application ${question.about} belong${question.about.includes(",") || question.about.startsWith("the files") ? "" : "s"} to: ${what}`,
      question.options.length > 0
        ? `add it again with --application ID or --application "Company": ${question.options
            .slice(0, 6)
            .map((o) => o.label)
            .join("; ")}`
        : 'add it again with --application "Company name"',
    );
  }
  const choice = await hooks.choose(question);
  answers.set(key, choice);
  return choice;
}
