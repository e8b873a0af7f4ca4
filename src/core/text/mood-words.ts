/** The words a clause's mood is read by: hedges, hopes, fears, conditions, the future, how things usually go. */

/** Guesses, when they frame what follows. */
export const HEDGES = new Set([
  "probably",
  "likely",
  "maybe",
  "perhaps",
  "possibly",
  "presumably",
  "surely",
  "apparently",
  "guess",
  "suppose",
  "assume",
  "reckon",
  "bet",
  "think",
  "suspect",
  "imagine",
  "seem",
  "might",
  "may",
  "could",
  "must",
  "sure",
  "certain",
  "feel",
]);

/** A candidate's hopes and wishes. */
export const HOPES = new Set([
  "hope",
  "hopefully",
  "wish",
  "pray",
  "praying",
  "crossed",
  "manifest",
  "manifesting",
  "dream",
]);

/** Contacts (told in the past) whose purpose, in the infinitive, is what happened: "called to offer me the post". */
export const PURPOSE_OF_CONTACT = new Set([
  "call",
  "ring",
  "phone",
  "email",
  "mail",
  "write",
  "text",
  "message",
  "come",
  "meet",
  "contact",
  "reach",
  "get",
]);

/** Words that frame what follows as one guess among others, anywhere before it in the sentence. */
export const SPECULATION = new Set([
  "possibility",
  "possibilities",
  "scenario",
  "scenarios",
  "theory",
  "theories",
  "hypothesis",
  "speculate",
  "speculation",
]);

/** What a speaker means to do: "we hope to", "we plan to". */
export const INTENT = new Set(["hope", "plan", "aim", "intend", "expect"]);

/** A candidate's fears and expectations. */
export const FEARS = new Set([
  "afraid",
  "fear",
  "scared",
  "worried",
  "worry",
  "dread",
  "dreading",
  "nervous",
  "brace",
  "bracing",
  "expect",
  "expecting",
  "anticipate",
  "await",
  "awaiting",
  "incoming",
  "prepare",
  "preparing",
]);

/** Conditions: "if", "unless", "whether", "in case", "once" (of a thing still to come). */
export const CONDITIONS = new Set([
  "if",
  "unless",
  "whether",
  "once",
  "until",
  "till",
  "when",
  "whenever",
  "before",
]);
/**
 * Words after which "if" and "whether" open an indirect question, not a condition: "she asked if
 * I'd accept", "not sure whether…", "find out if…", "told me if…".
 */
export const EMBEDDING = new Set([
  "ask",
  "wonder",
  "know",
  "check",
  "see",
  "sure",
  "unsure",
  "curious",
  "tell",
  "confirm",
  "find",
  "out",
  "decide",
  "say",
  "me",
  "us",
]);

export const FUTURE = new Set(["will", "shall", "gonna", "soon", "tomorrow"]);

/** Adverbs of how things usually go. */
export const HABITUAL = new Set([
  "typically",
  "usually",
  "normally",
  "generally",
  "often",
  "always",
  "routinely",
  "tend",
]);

/** "rang me to say…", "emailed to let me know…": what follows is what they said, not a plan. */
export const REPORTING_VERBS = new Set([
  "say",
  "tell",
  "inform",
  "let",
  "confirm",
  "announce",
  "share",
  "explain",
  "break",
]);

/** Modal verbs of politeness that perform rather than guess: "we would like to offer you". */
export const PERFORMATIVE_AFTER_WOULD = new Set(["like", "love", "be", "want"]);
