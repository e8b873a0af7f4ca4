/**
 * A company's decision written in another language: "hemos decidido continuar con otros candidatos",
 * "votre promesse d'embauche", "Ihnen die Stelle … anbieten zu können". The cues read English; mail
 * from a company abroad, or an English speaker's employer in Lyon, states its answer in its own. Only
 * the formulae a decision letter uses are read, each a decision made and told: never a hope, a
 * condition or a stage of the process.
 */

export type ForeignDecision = "offer" | "rejection";

/** Declines, in the words of Spanish, Portuguese, French, German, Italian and Dutch letters. */
const REJECTION: RegExp[] = [
  // es
  /\b(?:hemos decidido|decidimos|optamos por) (?:continuar|seguir|avanzar|proseguir) (?:el proceso )?con (?:otr[oa]s?|un[ao]? otr[oa]) (?:candidat|perfil|postulant)\w*/i,
  /\bno (?:continuar[áa]s?|seguir[áa]s?|avanzar[áa]s?) (?:en|con) (?:el|nuestro) proceso\b/i,
  /\bno (?:has|ha|han) sido (?:seleccionad|preseleccionad)[oa]s?\b/i,
  // pt
  /\b(?:optamos|decidimos) (?:por )?(?:seguir|prosseguir|continuar|avançar) com outr[oa]s? (?:candidat|perfis|perfil)\w*/i,
  /\bnão (?:foi|foste|fostes) selecionad[oa]\b/i,
  /\bnão (?:iremos|vamos) (?:seguir|prosseguir|avançar) com (?:a )?(?:sua|tua) candidatura\b/i,
  // fr
  /\bne (?:pouvons|pourrons|pouvions) (?:malheureusement )?pas (?:donner (?:une )?suite(?: favorable)?|retenir) (?:à )?votre candidature\b/i,
  /\bvotre candidature n'a pas (?:été retenue|abouti)\b/i,
  /\b(?:avons|a) (?:retenu|choisi|privilégié) (?:un autre|une autre|d'autres) (?:candidat|profil)\w*/i,
  /\b(?:avons|a) décidé de (?:poursuivre|continuer|avancer) avec (?:un autre|une autre|d'autres) (?:candidat|profil)\w*/i,
  // de
  /\b(?:haben (?:wir )?uns|hat sich) (?:leider )?für (?:einen anderen|eine andere|andere) (?:bewerber|kandidat|person)\w* entschieden\b/i,
  /\b(?:können|konnten) (?:wir )?(?:ihre|deine) bewerbung (?:leider )?nicht (?:weiter )?berücksichtigen\b/i,
  /\b(?:müssen|möchten) (?:wir )?(?:ihnen|dir) (?:leider )?(?:eine )?absage (?:erteilen|geben|mitteilen)\b/i,
  // it
  /\babbiamo deciso di (?:proseguire|procedere|continuare) con altr[io] candidat\w*/i,
  /\bla (?:sua|tua) candidatura non (?:è|e') stata (?:selezionata|accolta)\b/i,
  // nl
  /\b(?:hebben|we hebben) (?:besloten|gekozen) (?:om )?(?:verder te gaan|door te gaan) met (?:een )?andere kandida\w*/i,
];

/** Offers, in the same languages: the job offered, a contract or promise of hire sent. */
const OFFER: RegExp[] = [
  // es
  /\b(?:nos complace|tenemos el gusto de|nos alegra|es un placer) (?:ofrecerte|ofrecerle|hacerte llegar (?:la|nuestra) oferta)\b/i,
  /\b(?:adjunt[oa]|te enviamos|le enviamos)\b[^.!?\n]{0,40}\b(?:carta oferta|carta de oferta|oferta (?:formal|laboral|de (?:empleo|trabajo))|contrato)\b/i,
  // pt
  /\b(?:temos o prazer|é com (?:grande )?prazer que|ficamos felizes) (?:de |em )?(?:lhe |te )?(?:oferecer|propor|apresentar (?:a|uma) proposta)\b/i,
  /\bproposta (?:formal )?de (?:emprego|trabalho|contratação)\b/i,
  // fr
  /\bpromesse d'embauche\b/i,
  /\b(?:avons le plaisir|sommes (?:heureux|ravis)) de vous (?:proposer|offrir) (?:le poste|un poste|un contrat|de rejoindre)\b/i,
  /\bproposition (?:d'embauche|de contrat|d'emploi)\b/i,
  // de
  /\b(?:ihnen|dir) (?:die stelle|die position|eine stelle|den posten)\b[^.!?\n]{0,80}\banbieten\b/i,
  /\b(?:anbei|im anhang)\b[^.!?\n]{0,40}\b(?:arbeitsvertrag|vertragsangebot)\b/i,
  /\bvertragsangebot\b/i,
  // it
  /\b(?:siamo lieti|abbiamo il piacere) di (?:offrirle|offrirti|proporle|proporti)\b/i,
  // nl
  /\b(?:graag|met plezier) (?:willen we|bieden we) (?:je|u) (?:de functie|een contract|de baan)\b/i,
];

/** A condition, a question or a hope before the formula: "si no has sido seleccionado…", "falls…". */
const CONDITION_BEFORE =
  /\b(?:si|falls|wenn|sofern|qualora|indien|caso|au cas où|if|unless|whether)\b[^.!?\n]*$/i;

/** The sentence of `text` that states a decision in another language, and which, if any. */
export function foreignDecision(text: string): { decision: ForeignDecision; quote: string } | undefined {
  // Hard-wrapped lines joined (a blank line still parts paragraphs), typographic apostrophes plain.
  const plainText = text
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/(?<![ \t])[ \t]*\n(?![ \t]*\n)[ \t]*/g, " ");
  for (const [decision, patterns] of [
    ["rejection", REJECTION],
    ["offer", OFFER],
  ] as const) {
    for (const pattern of patterns) {
      const m = pattern.exec(plainText);
      if (!m) continue;
      const start = Math.max(sentenceStart(plainText, m.index), plainText.lastIndexOf("\n", m.index) + 1);
      if (CONDITION_BEFORE.test(plainText.slice(start, m.index))) continue;
      const endAt = plainText.slice(m.index + m[0].length).search(/[.!?](?:\s|$)|\n\s*\n/);
      const end = endAt < 0 ? plainText.length : m.index + m[0].length + endAt + 1;
      const quote = plainText.slice(start, end).replace(/\s+/g, " ").trim();
      return { decision, quote };
    }
  }
  return undefined;
}

/** Where the sentence holding `at` begins: after the last full stop that is not an initial ("M. Morel"). */
function sentenceStart(text: string, at: number): number {
  let dot = text.lastIndexOf(".", at);
  while (dot > 0 && /(?:^|\s)\p{Lu}$/u.test(text.slice(Math.max(0, dot - 2), dot)))
    dot = text.lastIndexOf(".", dot - 1);
  return dot + 1;
}
