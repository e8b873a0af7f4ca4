/**
 * Tells a text file that is not the candidate's account of the interview: a job advert, a CV or a
 * cover letter saved in the same folder. Read as notes, an advert's "we offer a competitive
 * package" or a CV's "Offered a place on the graduate scheme" become signals of this interview.
 * Such a file is set aside, and the read names it.
 *
 * It looks at the shape of the text, not at any one phrase: the section headings each kind of
 * document has, the date ranges of a CV, a letter's opening and closing; against them, how much
 * of it tells of an interview in the past tense. The file's name counts too.
 */
export type OtherDocument = "job advert" | "CV" | "cover letter";

const ADVERT_HEADINGS = new Set([
  "responsibilities",
  "key responsibilities",
  "main responsibilities",
  "duties",
  "main duties",
  "key duties",
  "requirements",
  "qualifications",
  "essential criteria",
  "desirable criteria",
  "essential",
  "desirable",
  "person specification",
  "about the role",
  "about the job",
  "about the position",
  "about us",
  "about the company",
  "about the team",
  "the role",
  "the opportunity",
  "job description",
  "job summary",
  "role summary",
  "what you'll do",
  "what you will do",
  "what you'll bring",
  "what you will bring",
  "what we're looking for",
  "what we are looking for",
  "who you are",
  "what we offer",
  "we offer",
  "our offer",
  "benefits",
  "perks",
  "perks and benefits",
  "how to apply",
  "skills and experience",
  "nice to have",
  "salary",
  "location",
  "contract type",
  "employment type",
  "job type",
  "closing date",
  "reporting to",
  "reports to",
  "hours",
  "working hours",
]);

const CV_HEADINGS = new Set([
  "education",
  "experience",
  "work experience",
  "professional experience",
  "employment history",
  "work history",
  "career history",
  "skills",
  "key skills",
  "technical skills",
  "core skills",
  "certifications",
  "certificates",
  "languages",
  "references",
  "profile",
  "professional profile",
  "personal profile",
  "summary",
  "professional summary",
  "personal statement",
  "interests",
  "hobbies",
  "achievements",
  "projects",
  "publications",
  "training",
  "curriculum vitae",
  "resume",
  "résumé",
  "cv",
]);

const ADVERT_PHRASES =
  /\b(we are looking for|we're looking for|the successful candidate|you will be responsible for|apply now|equal opportunit(y|ies) employer|to apply,|applications close|competitive salary|you will have|the ideal candidate|join our team|we offer|immediate hiring|now hiring|hiring now)\b/gi;
const CV_LINES =
  /(\b(19|20)\d\d\s*[-–—]\s*((19|20)\d\d|present|current|now)\b)|(\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(19|20)\d\d\s*[-–—])/gi;
const LETTER_OPENING =
  /^[ \t]*(dear (hiring manager|sir|madam|recruit\w*|selection|team|[a-z]+ team)|to whom it may concern)/im;
const LETTER_PHRASES =
  /\b(i am writing to (apply|express)|i wish to apply|please find (attached|enclosed) my|my (cv|resume|résumé) (is )?(attached|enclosed)|i would welcome the (opportunity|chance)|thank you for considering my application|yours (sincerely|faithfully))\b/gi;
/** An account of the interview: first person, past tense, the interview's people. */
const ACCOUNT =
  /\b(i was asked|they asked|(she|he) asked|asked me|told me|the interview(er)?s?\b[^.\n]{0,40}\b(was|were|went|asked|said|seemed|ran|lasted)|i (felt|think i|thought|answered|said|told|mentioned|got|had|met)|we (talked|spoke|discussed|went))\b/gi;

function headingOf(line: string): string | undefined {
  const bare = line
    .trim()
    .replace(/^#{1,6}\s+/, "")
    .replace(/^\*\*(.*)\*\*$/, "$1")
    .replace(/[:：]\s*$/, "")
    .trim()
    .toLowerCase()
    .replace(/[’]/g, "'");
  if (bare === "" || bare.length > 40) return undefined;
  return bare;
}

const NAME_HINTS: [RegExp, OtherDocument][] = [
  [
    /(^|[^a-z])(job[-_ ]?(description|advert|ad|posting|listing|spec)|jd|advert|ad|posting|vacancy|person[-_ ]?spec)([^a-z]|$)/i,
    "job advert",
  ],
  [/(^|[^a-z])(cv|resume|résumé|curriculum)([^a-z]|$)/i, "CV"],
  [/(^|[^a-z])cover[-_ ]?letter([^a-z]|$)/i, "cover letter"],
];

/** What else a text file is, when it is not the candidate's account; undefined when it may well be. */
export function recogniseOtherDocument(name: string, text: string): OtherDocument | undefined {
  const lines = text.split(/\r?\n/);
  let advert = 0;
  let cv = 0;
  for (const line of lines) {
    // A heading on a line of its own counts twice; one that opens a line ("Qualifications: PhD in a
    // related field") once, as methodical notes have them too ("Salary: not mentioned").
    const own = headingOf(line);
    const heading = own ?? headingOf(/^([^:：]{3,40})[:：]\s+\S/.exec(line)?.[1] ?? "");
    if (heading === undefined) continue;
    const weight = own === undefined ? 1 : 2;
    if (ADVERT_HEADINGS.has(heading)) advert += weight;
    if (CV_HEADINGS.has(heading)) cv += weight;
  }
  advert += (text.match(ADVERT_PHRASES) ?? []).length;
  cv += Math.min(6, (text.match(CV_LINES) ?? []).length);
  let letter = (text.match(LETTER_PHRASES) ?? []).length * 2 + (LETTER_OPENING.test(text) ? 2 : 0);
  const base = name.split(/[\\/]/).pop() ?? name;
  for (const [pattern, kind] of NAME_HINTS) {
    if (!pattern.test(base)) continue;
    if (kind === "job advert") advert += 3;
    else if (kind === "CV") cv += 3;
    else letter += 3;
  }
  const account = (text.match(ACCOUNT) ?? []).length;
  const [kind, score] = (
    [
      ["job advert", advert],
      ["CV", cv],
      ["cover letter", letter],
    ] as [OtherDocument, number][]
  ).reduce((a, b) => (b[1] > a[1] ? b : a));
  // Enough of its shape, and more of it than of an account of an interview.
  if (score >= 5 && score > account * 2) return kind;
  return undefined;
}
