import type { SignalId } from "../signals/signal.js";

// What rules a phrase out of a thank-you, or counts against it: talk about the talk, small talk, logistics,
// the candidate's own story, shorthand, negation.

/** Evidence that says what the company is, does or plans: the best sources of specifics. */
export const CONTENT_SIGNALS = new Set<SignalId>([
  "sold-the-role",
  "company-briefing",
  "role-specifics",
  "pictured-in-role",
  "growth-discussed",
  "questions-welcomed",
]);

/** Evidence of logistics, pay and process: never a specific for a thank-you. */
export const LOGISTICS_SIGNALS = new Set<SignalId>([
  "compensation-discussed",
  "start-date-discussed",
  "interest-checked",
  "competing-offers-asked",
  "specific-next-steps",
  "next-round-booked",
  "vague-next-steps",
  "contact-shared",
  "cut-short",
  "disengaged-interviewer",
  "positive-feedback",
  "interest-reconfirmed",
  "met-the-team",
  "questions-discouraged",
  "superficial-questions",
  "thin-company-info",
  "no-growth-talk",
]);

/** Phrases that give a sentence away as talk about the talk. */
export const META_ANYWHERE =
  /\b(?:bear with|put a face to|i won't stay|let you (?:two )?finish|let you go|pull someone in|should (?:hear|meet)|for (?:your|my) questions|time for (?:you|me)|your application|good luck|nice to meet|lovely to meet|talk soon|speak soon|only got|couple of minutes|double-booked|be quick|next meeting)\b|\[/i;

/** The interviewer telling the candidate's story back to them. */
export const ABOUT_THE_CANDIDATE =
  /^(?:you|you've|you're|you were|you had)\s+(?:\w+\s+)?(?:said|mentioned|told|talked|been|were|did|had|have|know|led|built|ran|wrote|used)\b|^you've\b|^you were\b/i;

/** Small talk: warm, but not what the interview was about. */
export const SMALL_TALK =
  /\b(?:dogs?|puppy|puppies|cats?|pets?|breed|weather|rain|snow|holiday|vacation|weekend|kids|cookies|plant|coffee|traffic|birthday|lunch|quays|mum|mom|dad|mother|father|wife|husband|son|daughter|surgery)\b/i;

/** Sentences that organise the talk rather than carry content. */
export const META =
  /^(?:the plan:|love the|full disclosure|enjoy the|good luck|have a (?:good|great|nice)|let me|let's|i'll|i will|i want to|i'd like to|i've been|i'm conscious|i think|here's what|thanks|thank you|sorry|okay|ok|hi|hey|hello|good (?:morning|afternoon)|morning|talk soon|speak soon|nice to meet|lovely to|great to|can you hear|so the plan|bear with)\b/i;

export const FILLER_START =
  /^(?:(?:and|but|so|okay|ok|oh|well|honestly|look|right|yeah|yes|now|here|also|um|uh|great|good|cool|anyway|actually|basically|plus|then|at one point)\b[,]?\s+)+/i;

export const FILLER_WORDS = /,?\s*\b(?:um|uh|honestly|basically|you know|kind of|sort of)\b,?(?=\s)/gi;

/** Questions every interviewer asks: not a specific of this conversation. */
export const GENERIC =
  /\b(?:yourself|weakness(?:es)?|strengths?|where (?:do )?(?:you|I) see|in (?:three|five|3|5|3-5) years|dream job|favou?rite|emoji|vibe|handle (?:stress|pressure)|supervisor say|leaving|leave (?:your|my)|why (?:this|our|us)|any questions|questions for me|hear me|a time (?:you|I) (?:made|failed)|mistake|coachable|rejection|how are you|feedback|concerns?|questions I (?:still )?had)\b/i;

/** Pay, dates and process: said, but not what a thank-you refers to. */
export const LOGISTICS =
  /\b(?:salary|salaries|pay|paid|compensation|money|earn|range|base|notice period|notice|start(?:ing)? (?:date|in)|could start|other (?:offers|companies|processes|places)|deadlines? (?:I should|to know)|next steps?|calendar|invite|hear (?:back|from)|offer|references|recording|time zone|over time|hard stop|posting|office|hybrid|remote|commute|relocat\w*|candidates|coordinate|schedul\w*)\b/i;

/** The job itself is not a specific of it. */
export const GENERIC_TOPIC =
  /^(?:the\s+)?(?:job|role|team|company|position|work)(?:\s+day to day)?$|\brole$/i;

/** "said very little about the team" reports an absence, not a thing said. */
export const QUANTIFIER = /^(?:very |so |too )?(?:little|much|nothing|a lot|lots|a ton|a bit|not much)\b/i;

/** Shorthand of quick notes: fine for the candidate, not for a message. */
export const CHAT = /\b(?:bc|rn|tbh|lol|imo|btw|thats|theyre|dont|didnt|cant|wont|isnt|ur|pls|w\/)\b/i;

/** Words that point back at something said before: a phrase starting with one does not stand alone. */
export const ANAPHORA = /^(?:it|this|that|that's|these|those|they|them|one|which|who|there|here|so|such)\b/i;

/** Words a "topic" or "question" cannot open with: it would read "about if…", "about or the…". */
export const NOT_A_NOUN_PHRASE =
  /^(?:or|and|but|so|because|if|hopefully|maybe|probably|perhaps|i|i'm|i'd|i've|i'll|we|we're|you|you're|you'd|you'll|they|they're|he|she|it|it's|there|then|also|just|um|uh|like|not|no|yes|very|really|too|as|than|to|of|for|with|by|at|on|in|from)\b/i;
/** A statement or question denied: "he never once asked where else I'm interviewing", "didn't mention pay". */
export const NEGATED =
  /\b(?:never|not|no\s+(?:one|idea|mention|word|talk|time|answer|clue|real)|nobody|nothing|none|didn't|did\s+not|doesn't|don't|wasn't|weren't|isn't|aren't|won't|can't|cannot|hasn't|haven't|without)\b|n't\b/i;
/** Common words of other languages the notes quote (German, French, Spanish, Dutch): not English to send. */
export const OTHER_LANGUAGE =
  /\b(?:ich|Sie|der|und|nicht|das|ist|wir|je|nous|vous|est|que|les|pour|por|para|el|los|las|una|het|een|niet|wij)\b/g;
/** The candidate asking: then it is not "your questions about …". */
export const CANDIDATE_ASKED =
  /\b(?:I|we)\s+(?:\w+\s+)?(?:asked|wanted\s+to\s+know|wondered|enquired|inquired|brought\s+up|raised|checked)\b/i;
