import { PERSONAL_MAIL } from "../people/weigh-candidate-sender.js";
import type { EmailDoc, Person } from "../read/documents.js";
import { fold, keyWords } from "./company-key.js";

/*
 * Services that send mail for many employers: applicant tracking systems, scheduling tools, assessments,
 * reference and background checks, e-signature, job boards and their messaging. Their domain says nothing
 * about whose process a message is (two companies on one tracking system are two processes), so a message
 * from one is filed by the company it names, never by its domain.
 */

/** Organisation domains (as `companyDomain` gives them) of services that mail for many employers. */
const SERVICE_DOMAINS = new Set([
  // Applicant tracking systems and HR suites.
  "myworkday.com",
  "workday.com",
  "myworkdayjobs.com",
  "greenhouse.io",
  "greenhouse-mail.io",
  "lever.co",
  "taleo.net",
  "oraclecloud.com",
  "icims.com",
  "smartrecruiters.com",
  "jobvite.com",
  "workable.com",
  "workablemail.com",
  "ashbyhq.com",
  "bamboohr.com",
  "recruitee.com",
  "teamtailor.com",
  "teamtailor-mail.com",
  "personio.de",
  "personio.com",
  "successfactors.com",
  "successfactors.eu",
  "sapsf.com",
  "sapsf.eu",
  "jazzhr.com",
  "applytojob.com",
  "breezy.hr",
  "pinpointhq.com",
  "comeet.co",
  "trac.jobs",
  "jobs.nhs.uk",
  "tribepad.com",
  "jobtrain.co.uk",
  "zohorecruit.com",
  "freshteam.com",
  "rippling.com",
  "gem.com",
  "beamery.com",
  "avature.net",
  "csod.com",
  "cornerstoneondemand.com",
  "ultipro.com",
  "ukg.com",
  "adp.com",
  "dayforcehcm.com",
  "brassring.com",
  "pageuppeople.com",
  "livehire.com",
  "jobadder.com",
  "bullhornstaffing.com",
  "darwinbox.in",
  "keka.com",
  "zoho.in",
  // Scheduling and meetings.
  "calendly.com",
  "goodtime.io",
  "modernloop.io",
  "prelude.co",
  "youcanbook.me",
  "doodle.com",
  "zoom.us",
  // Assessments and recorded interviews.
  "hackerrank.com",
  "hackerrankforwork.com",
  "codility.com",
  "codesignal.com",
  "testgorilla.com",
  "shl.com",
  "hirevue.com",
  "modernhire.com",
  "sonru.com",
  "vidcruiter.com",
  "sparkhire.com",
  "willo.video",
  "criteriacorp.com",
  "pymetrics.com",
  "arcticshores.com",
  "cappfinity.com",
  "mettl.com",
  "talentlens.com",
  // References and background checks.
  "skillsurvey.com",
  "checkr.com",
  "hireright.com",
  "sterlingcheck.com",
  "fadv.com",
  "authbridge.com",
  "securitywatchdog.org.uk",
  "zinc.work",
  "xref.com",
  "refnow.com",
  // Signing.
  "docusign.net",
  "docusign.com",
  "adobesign.com",
  "echosign.com",
  "hellosign.com",
  "dropboxsign.com",
  "pandadoc.com",
  // Job boards and professional networks.
  "linkedin.com",
  "indeed.com",
  "indeedemail.com",
  "glassdoor.com",
  "seek.com.au",
  "seek.co.nz",
  "naukri.com",
  "monster.com",
  "totaljobs.com",
  "reed.co.uk",
  "cv-library.co.uk",
  "stepstone.de",
  "xing.com",
  "ziprecruiter.com",
  "jobstreet.com",
  "wellfound.com",
  "otta.com",
  "welcometothejungle.com",
  "instahyre.com",
  "iimjobs.com",
  "hirist.com",
  "infojobs.net",
  "computrabajo.com",
  "occ.com.mx",
  "gupy.io",
  "catho.com.br",
  "bayt.com",
  "jobs.ch",
  "jobindex.dk",
  "pracuj.pl",
  "duunitori.fi",
  "jobbank.gc.ca",
  "workopolis.com",
  "eluta.ca",
]);

/** The service a mail host belongs to, as its organisation domain (`hire.lever.co` → lever.co), or undefined. */
function serviceDomainOf(host: string): string | undefined {
  const h = host.toLowerCase();
  for (const d of SERVICE_DOMAINS) if (h === d || h.endsWith(`.${d}`)) return d;
  return undefined;
}

/** Whether a mail domain belongs to a service that mails for many employers (`hire.lever.co`). */
export function isServiceDomain(domain: string | undefined): boolean {
  return domain !== undefined && serviceDomainOf(domain) !== undefined;
}

/** Calendar services' own senders, whose domain is an employer's too (calendar-notification@google.com). */
const CALENDAR_SENDER =
  /^(?:calendar-notification@google\.com|calendar-server@google\.com|no-?reply@calendar\.\S+)$/i;

/** Whose meeting a calendar service's notice is about: the addresses its body lists ("Organizer: ana@acme.com"). */
export function calendarNoticeParties(doc: EmailDoc): Person[] {
  if (!CALENDAR_SENDER.test(doc.from?.email?.trim() ?? "")) return [];
  const out: Person[] = [];
  for (const [address] of doc.text.slice(0, 4000).matchAll(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g))
    if (!out.some((p) => p.email === address.toLowerCase())) out.push({ email: address.toLowerCase() });
  return out;
}

/** The service a party's address belongs to (its organisation domain), or undefined for anyone else. */
export function serviceOf(address: string | undefined): string | undefined {
  const host = address?.split("@")[1]?.toLowerCase();
  if (!address || !host) return undefined;
  if (CALENDAR_SENDER.test(address.trim())) return host.split(".").slice(-2).join(".");
  return serviceDomainOf(host);
}

/** Whether a mail domain is a mail provider's, where people have their own mailboxes (a friend's, an interviewer's at home). */
export function isPersonalDomain(domain: string | undefined): boolean {
  return domain !== undefined && (PERSONAL_MAIL.test(`@${domain}`) || MORE_PERSONAL_MAIL.test(`@${domain}`));
}

/** Internet providers' and smaller mail services' domains, beyond the ones candidates are weighed by. */
const MORE_PERSONAL_MAIL =
  /@(?:talktalk|ntlworld|blueyonder|tiscali|plus|plusnet|tesco|rocketmail|sify|vsnl|telus|bell|videotron|cogeco|iinet|tpg|internode|westnet|dodo|ozemail|bluewin|hispeed|freenet|arcor|alice|tin|virgilio|libero|sfr|wanadoo|neuf|club-internet|terra|uol|bol|ig|globo|telkomsa|vodamail|mweb|singnet|pacific|netvigator|ocn|nifty|biglobe|excite|walla|inbox|rambler|ukr|onet|interia|op|telenet|skynet|home|ziggo|kpnmail|xs4all|hetnet|chello|tele2|telia|bredband|online|juno|earthlink|cox|charter|sbcglobal|bellsouth|optonline|frontier|windstream|centurylink|q|mailbox)\.[a-z.]+$/i;

/** A run of capitalised words, with the small words a company's name may hold ("Bank of X", "Salt & Pepper"). */
const NAME_RUN =
  /\p{Lu}[\p{L}\p{N}'’-]*(?:[ \t]+(?:(?:&|and|of|de|du|la|le|y|e|und|für|van|von|der)[ \t]+)?\p{Lu}[\p{L}\p{N}'’-]*){0,4}/gu;

/** Where a letter names the company a process is with: "at X", "my client, X", "X has invited you". */
const BEFORE_NAME =
  /\b(?:at|with|join(?:ing)?|(?:my|our)\s+client,?|client,|client\s+is|on\s+behalf\s+of|bei|chez|en|com|na|no)\s+$/i;
/** Weaker: "to X", "for X", "from X" name a company as often as a role or a place. */
const BEFORE_NAME_WEAK = /\b(?:to|for|from|para|pour|f[üu]r)\s+$/i;
const AFTER_NAME =
  /^\s*(?:(?:has\s+)?(?:invited|asked|requested|sent|shared|viewed|reviewed|received)\b|would\s+like|(?:is|are)\s+(?:hiring|looking|building|growing|recruiting|keen)|wants|team\b|talent\b|careers?\b|recruit\w*|hr\b|people\s+team|hiring\s+team)/i;

/** Capitalised words that are not a company's name: greetings, days, months, titles of roles, mail words. */
const NOT_A_NAME =
  /^(?:i|i'[a-z]+|i’[a-z]+|we'[a-z]+|we’[a-z]+|you'[a-z]+|you’[a-z]+|hi|hello|dear|hey|thanks?|thank|best|kind|regards|cheers|please|your|our|the|this|that|we|you|i|it|a|an|re|fw|fwd|aw|wg|subject|from|to|date|sent|cc|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|today|tomorrow|interview\w*|application|assessment|offer|confirmed|invitation|event|round|stage|next|new|senior|junior|lead|head|principal|staff|graduate|manager|engineer|analyst|developer|designer|planner|consultant|director|officer|specialist|associate|coordinator|administrator|assistant|executive|intern|role|position|job|jobs|vacancy|opportunity|team|hr|ref|id|am|pm|gmt|utc|bst|cet|ist|est|pst|zoom|teams|google|microsoft)$/i;

/** The last word of a job's title: a run ending so is a role ("Senior Financial Analyst"), not a company. */
const ROLE_WORD =
  /^(?:manager|engineer|analyst|developer|designer|planner|consultant|director|officer|specialist|associate|coordinator|administrator|assistant|executive|intern|lead|head|partner|scientist|architect|accountant|controller|nurse|teacher|chef|representative|advisor|adviser|technician|operator|supervisor|gerente|jefe|analista|ingeniero|desarrollador|entwickler|ingenieur|leiter|berater)$/i;

function cleanName(run: string): string | undefined {
  const words = run
    .replace(/['’]s$/u, "")
    .replace(/[.'’-]+$/u, "")
    .split(/[ \t]+/)
    .filter(Boolean);
  if (ROLE_WORD.test(words.at(-1) ?? "")) return undefined;
  while (words.length > 0 && NOT_A_NAME.test(words[0] ?? "")) words.shift();
  while (
    words.length > 0 &&
    (NOT_A_NAME.test(words.at(-1) ?? "") || /^(?:&|and|of)$/i.test(words.at(-1) ?? ""))
  )
    words.pop();
  const name = words.join(" ");
  return keyWords(name).join("").length >= 3 ? name : undefined;
}

/** A sender's display name with the service's and the team's words taken off: "Acme Careers via Lever" → "Acme". */
function senderCompany(from: Person | undefined, domain: string | undefined): string | undefined {
  const raw = (from?.name ?? "").replace(/\s+via\s+.*$/i, "");
  const name = raw
    .replace(
      /\b(?:careers?|jobs|recruit\w*|talent(?:\s+acquisition)?|hiring(?:\s+team)?|people(?:\s+team)?|hr|human\s+resources|team|notifications?|no-?reply)\b/gi,
      " ",
    )
    .replace(/[|,:-]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (!name || /\bvia\b/i.test(from?.name ?? "")) return undefined;
  // The service's own name ("Calendly", "HackerRank Team") names no employer.
  const label = fold(domain?.split(".")[0] ?? "").replace(/[^a-z0-9]/g, "");
  const key = keyWords(name).join("");
  if (key.length < 3 || (label.length >= 3 && (label.includes(key) || key.includes(label)))) return undefined;
  return cleanName(name);
}

/**
 * The companies a hiring message names as the employer, likeliest first: the sender's display name on a
 * service's mail ("Acme Logistics <acme@tracking-system>"), then names the letter puts after "at", "with",
 * "my client", "on behalf of" or before "has invited you". Not people's names: the parties' names are
 * left out.
 */
export function companiesNamed(doc: EmailDoc, serviceDomain?: string): string[] {
  const out: string[] = [];
  // On a service's mail the sender's name is the employer's; elsewhere every party is a person.
  const parties = serviceDomain ? [...doc.to, ...doc.cc] : [doc.from, ...doc.to, ...doc.cc];
  const people = parties.flatMap((p) => (p?.name ? [fold(p.name)] : []));
  // "Alex Doe via LinkedIn": a person writing through the service.
  const via = /^(.+?)\s+via\s+/i.exec(doc.from?.name ?? "")?.[1];
  if (serviceDomain && via) people.push(fold(via));
  const add = (name: string | undefined) => {
    if (!name) return;
    const key = keyWords(name).join("");
    if (people.some((p) => p.includes(fold(name)))) return;
    if (!out.some((o) => keyWords(o).join("") === key)) out.push(name);
  };
  // The sender's name counts when the letter names it too: "Job Board" or "Careers Portal" is the service's.
  const sender = serviceDomain ? senderCompany(doc.from, serviceDomain) : undefined;
  if (sender && fold(`${doc.subject ?? ""}\n${doc.text.slice(0, 3000)}`).includes(fold(sender))) add(sender);
  const weak: string[] = [];
  for (const text of [doc.subject ?? "", doc.text.slice(0, 3000)]) {
    for (const [at, run] of namesIn(text)) {
      const before = text.slice(Math.max(0, at - 24), at);
      const after = text.slice(at + run.length, at + run.length + 30);
      if (BEFORE_NAME.test(before) || AFTER_NAME.test(after)) add(cleanName(run));
      else if (BEFORE_NAME_WEAK.test(before)) {
        const name = cleanName(run);
        if (name) weak.push(name);
      }
    }
  }
  for (const name of weak) add(name);
  return out;
}

/** How a recruitment agency or search firm writes of itself. */
const AGENCY =
  /\b(?:executive\s+search|search\s+firm|(?:leading|running|conducting)\s+(?:a|the)\s+search|recruitment\s+(?:agency|consultan\w*|partners?)|(?:senior\s+|principal\s+|managing\s+|associate\s+)?(?:recruitment\s+|talent\s+|search\s+)?consultant|staffing|headhunt\w*|talent\s+partners|personalberat\w*|personalvermittlung|consultora\s+de\s+(?:selecci[óo]n|talento)|cabinet\s+de\s+recrutement|i(?:'m| am)\s+recruiting\s+for|recruiting\s+on\s+behalf)\b/i;

/** An agency's own domain often says what it is: "…search", "…recruitment", "…talent", "…staffing". */
const AGENCY_LABEL = /(?:search|recruit|talent|staffing|resourc|personnel|headhunt|executive|partners)/;

/** Whether a message's sender writes as a recruitment agency or search firm, by its words or its domain. */
export function writesAsAgency(doc: EmailDoc, domain: string): boolean {
  const label = fold(domain.split(".")[0] ?? "").replace(/[^a-z0-9]/g, "");
  return AGENCY.test(`${doc.from?.name ?? ""}\n${doc.text.slice(0, 4000)}`) || AGENCY_LABEL.test(label);
}

/**
 * The client an agency's message is about, where the sender writes as an agency ("Executive Search" in its
 * signature, "I'm recruiting for") and names a company other than its own domain's: "a Senior Analyst at X".
 */
export function agencyClient(doc: EmailDoc, agencyDomain: string): string | undefined {
  const label = fold(agencyDomain.split(".")[0] ?? "").replace(/[^a-z0-9]/g, "");
  if (!writesAsAgency(doc, agencyDomain)) return undefined;
  return companiesNamed(doc).find((name) => {
    const key = keyWords(name).join("");
    return !(label.includes(key) || key.includes(label) || label.startsWith(key.slice(0, 5)));
  });
}

/**
 * Runs of capitalised words with where each starts, and the shorter runs that start at each later word
 * of a run: in German every noun is capitalised, so "Kunden Nordlicht Mobility" holds "Nordlicht Mobility".
 */
function* namesIn(text: string): Generator<[number, string]> {
  for (const m of text.matchAll(NAME_RUN)) {
    yield [m.index, m[0]];
    for (const w of m[0].matchAll(/(?<![ \t])[ \t]+(?=\p{Lu})/gu)) {
      const start = w.index + w[0].length;
      yield [m.index + start, m[0].slice(start)];
    }
  }
}

/** How an agency introduces its client, in English, German, Spanish, French, Portuguese, Italian, Dutch. */
const CLIENT_BEFORE =
  /\b(?:(?:my|our)\s+client,?|client,|client\s+is|on\s+behalf\s+of(?:\s+(?:my|our)\s+client,?)?|(?:im\s+auftrag\s+)?(?:unseres|meines)\s+kunden,?|(?:unser|mein)\s+kunde,?|(?:nuestro|mi)\s+cliente,?|en\s+nombre\s+de|(?:notre|mon)\s+client,?|pour\s+le\s+compte\s+de|(?:nosso|meu)\s+cliente,?|(?:nostro|mio)\s+cliente,?|(?:onze|mijn)\s+klant,?|el\s+cliente\s+es|o\s+cliente\s+[ée]|le\s+client\s+est|der\s+kunde\s+ist|il\s+cliente\s+[èe]|de\s+klant\s+is)\s+$/i;

/** The client a recruitment agency writes about: "my client, X", "on behalf of our client X". */
export function clientNamed(doc: EmailDoc): string | undefined {
  const text = `${doc.subject ?? ""}\n${doc.text.slice(0, 3000)}`;
  for (const [at, run] of namesIn(text)) {
    const before = text.slice(Math.max(0, at - 40), at);
    if (CLIENT_BEFORE.test(before)) {
      const name = cleanName(run);
      if (name) return name;
    }
  }
  return undefined;
}

/**
 * A hiring service's mail about the candidate's own process, in whatever dress (a list's unsubscribe
 * line): "your recent interview", "thank you for taking the time to interview", "your application status",
 * a scheduler's "has been scheduled". Not a job alert or digest ("jobs you may like", "new jobs matching
 * your alert"), even when it names the same company.
 */
export function isServiceNoticeOfOwnProcess(doc: EmailDoc): boolean {
  const text = `${doc.subject ?? ""}\n${doc.text.slice(0, 3000)}`;
  return (
    (OWN_PROCESS.test(text) || OWN_PROCESS_ABROAD.test(text)) &&
    !JOB_ALERT.test(text) &&
    !JOB_ALERT_ABROAD.test(text)
  );
}

/**
 * The same in the other languages a search is often written in (Spanish, Portuguese, French, German, Italian):
 * "tu candidatura", "te ha invitado a", "tu evento está confirmado", "Confirmado:", "votre entretien", "Ihre
 * Bewerbung", "hat Sie eingeladen".
 */
const OWN_PROCESS_ABROAD =
  /(?<![\p{L}])(?:(?:tu|su|sua|tua|votre|ta|ihre?|deine?|la\s+tua)\s+(?:[\p{L}-]+\s+){0,2}(?:candidatura|solicitud|postulaci[óo]n|entrevista|evaluaci[óo]n|prueba|avalia[çc][ãa]o|teste|candidature|entretien|[ée]valuation|bewerbung|vorstellungsgespr[äa]ch|interview|einladung|colloquio|valutazione)|(?:te|lhe|vous|ti)\s+(?:ha|han|a|ont)\s+(?:invitado|convidado|invit[ée]e?s?|invitat[oa])|(?:hat|haben)\s+(?:sie|dich)\s+(?:[\p{L}-]+\s+){0,3}eingeladen|(?:tu|su|seu|votre|ihr)\s+(?:evento|reuni[óo]n|cita|llamada|[ée]v[ée]nement|rendez-vous|termin)\s+(?:est[áa]|foi|est|ist|ha\s+sido)\s+(?:confirmad[oa]|reprogramad[oa]|confirm[ée]e?|best[äa]tigt)|^(?:confirmado|confirmada|confirm[ée]e?|best[äa]tigt|reprogramado|reagendado)\s*:|proceso\s+de\s+selecci[óo]n|processo\s+seletivo|processus\s+de\s+recrutement|bewerbungsprozess|auswahlverfahren)(?![\p{L}])/imu;

/** A job alert in the same languages: "nuevas ofertas para ti", "vagas para você", "offres pour vous", "Jobs für dich". */
const JOB_ALERT_ABROAD =
  /(?<![\p{L}])(?:(?:nuevas\s+)?ofertas\s+(?:para\s+ti|que\s+encajan)|vagas\s+(?:para\s+voc[êe]|recomendadas)|offres\s+(?:pour\s+vous|qui\s+correspondent)|(?:neue\s+)?jobs?\s+f[üu]r\s+(?:dich|sie)|est[áa]\s+contratando|recrute|sta\s+assumendo)(?![\p{L}])/iu;

const OWN_PROCESS =
  /\byour\s+(?:[\w-]+\s+){0,2}(?:interview\w*|application|candidacy|assessment|candidate\s+experience)\b|\bthank(?:s|\s+you)\s+for\s+(?:taking\s+the\s+time\s+to\s+)?(?:applying|interviewing|interview\s+with|meeting|speaking)\b|\b(?:has\s+been|is\s+now|have\s+been|is)\s+(?:scheduled|booked|confirmed|rescheduled)\b|^(?:confirmed|new\s+event|rescheduled|updated\s+invitation)\s*:|\bcandidate\s+(?:survey|experience|feedback)\b|\bhow\s+(?:did\s+we\s+do|we\s+did)\b|\b(?:sent\s+you|you\s+have)\s+(?:a\s+)?(?:new\s+)?message\b|\b(?:interview|hiring|recruitment|selection|application)\s+process\b|\bhas\s+invited\s+you\s+to\s+(?:complete|take|sit|do|an?|the|book|schedule)\b/im;

/** A job alert or digest: "jobs you may like", "new jobs matching your alert", "X is hiring". */
export function isJobAlert(doc: EmailDoc): boolean {
  return JOB_ALERT.test(`${doc.subject ?? ""}\n${doc.text.slice(0, 3000)}`);
}

const JOB_ALERT =
  /\bjobs?\s+(?:you\s+may\s+(?:like|be\s+interested\s+in)|for\s+you|matching|that\s+match|alerts?)\b|\b(?:recommended|suggested|similar)\s+(?:jobs|roles|for\s+you)\b|\bnew\s+(?:jobs|roles|openings|vacancies)\b|\b(?:are|is)\s+hiring\b/i;

/**
 * A friend's or family member's word about the candidate's search, not the company's: asking how an
 * interview went, wishing luck, congratulating ("How did the Veldtmoor interview go? Fingers crossed!"),
 * with nothing in the company's voice (an invitation, an offer, a decision).
 */
export function isPersonalAside(doc: EmailDoc): boolean {
  const text = `${doc.subject ?? ""}\n${doc.text.slice(0, 3000)}`.replace(/[\u2018\u2019]/g, "'");
  return ASIDE.test(text) && !COMPANY_VOICE.test(text);
}

const ASIDE =
  /\bhow(?:'d|\s+did|\s+was|\s+were|\s+is|'s)\s+(?:it|the|your|that|everything)\b[^?\n]{0,60}?(?:\bgo\b|\bgoing\b|\bgo\?|interview\w*\s*\?)|\bfingers\s+crossed\b|\bcongrat(?:s|ulations)\s+on\s+(?:the|your)\s+(?:new\s+)?(?:job|offer|role)\b/i;

/** The company's or a recruiter's voice: an invitation, an offer, a decision, feedback asked or passed on. */
const COMPANY_VOICE =
  /\b(?:we|we'd|we're|we've|we'll|our\s+(?:team|company|client)|the\s+(?:hiring\s+team|panel|client))\b[^.!?\n]{0,60}?\b(?:invit\w*|offer\w*|pleased|delighted|like\s+to|decided|schedul\w*|review\w*|move\s+forward|progress\w*|feedback)\b|\b(?:feed\s*back|your\s+thoughts|debrief|(?:my|our|the)\s+client|next\s+steps?|(?:second|final|next)\s+(?:round|stage|interview))\b/i;
