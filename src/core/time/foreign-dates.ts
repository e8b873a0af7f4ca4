/**
 * Days and times written in German, Spanish, French, Portuguese or Italian, put in the English words the
 * date reader knows: "Dienstag, 10. November 2026 um 15:00 Uhr" → "Tuesday, 10 November 2026 at 15:00",
 * "jeudi 26 novembre à 10h" → "Thursday 26 November at 10:00". Only what stands as a date is changed: a
 * month's name after a day's number, a weekday's name next to a date or after "am", "le", "el"; never a
 * word alone ("Mai" and "Domingo" are names too).
 */

const WEEKDAYS: Readonly<Record<string, string>> = {
  montag: "Monday",
  dienstag: "Tuesday",
  mittwoch: "Wednesday",
  donnerstag: "Thursday",
  freitag: "Friday",
  samstag: "Saturday",
  sonntag: "Sunday",
  lunes: "Monday",
  martes: "Tuesday",
  miércoles: "Wednesday",
  miercoles: "Wednesday",
  jueves: "Thursday",
  viernes: "Friday",
  sábado: "Saturday",
  sabado: "Saturday",
  domingo: "Sunday",
  lundi: "Monday",
  mardi: "Tuesday",
  mercredi: "Wednesday",
  jeudi: "Thursday",
  vendredi: "Friday",
  samedi: "Saturday",
  dimanche: "Sunday",
  "segunda-feira": "Monday",
  "terça-feira": "Tuesday",
  "terca-feira": "Tuesday",
  "quarta-feira": "Wednesday",
  "quinta-feira": "Thursday",
  "sexta-feira": "Friday",
  lunedì: "Monday",
  martedì: "Tuesday",
  mercoledì: "Wednesday",
  giovedì: "Thursday",
  venerdì: "Friday",
  sabato: "Saturday",
  domenica: "Sunday",
};

const MONTHS: Readonly<Record<string, string>> = {
  januar: "January",
  jänner: "January",
  februar: "February",
  märz: "March",
  maerz: "March",
  mai: "May",
  juni: "June",
  juli: "July",
  oktober: "October",
  dezember: "December",
  enero: "January",
  febrero: "February",
  marzo: "March",
  abril: "April",
  mayo: "May",
  junio: "June",
  julio: "July",
  agosto: "August",
  septiembre: "September",
  setiembre: "September",
  octubre: "October",
  noviembre: "November",
  diciembre: "December",
  janvier: "January",
  février: "February",
  fevrier: "February",
  mars: "March",
  avril: "April",
  juin: "June",
  juillet: "July",
  août: "August",
  aout: "August",
  septembre: "September",
  octobre: "October",
  novembre: "November",
  décembre: "December",
  decembre: "December",
  janeiro: "January",
  fevereiro: "February",
  março: "March",
  maio: "May",
  junho: "June",
  julho: "July",
  setembro: "September",
  outubro: "October",
  novembro: "November",
  dezembro: "December",
  gennaio: "January",
  febbraio: "February",
  aprile: "April",
  maggio: "May",
  giugno: "June",
  luglio: "July",
  settembre: "September",
  ottobre: "October",
  dicembre: "December",
};

const LETTERS = "\\p{L}";
const weekdayWords = Object.keys(WEEKDAYS).join("|");
const monthWords = Object.keys(MONTHS).join("|");

/** "10. November", "10 de noviembre de 2026", "26 novembre", "1er décembre": a day's number, then a month. */
const DAY_MONTH = new RegExp(
  `\\b(\\d{1,2})(?:\\.|er|º|°)?\\s+(?:de\\s+)?(${monthWords}|november|september|august|april)(?![${LETTERS}])(?:\\s+(?:de\\s+|del\\s+)?(\\d{4}))?`,
  "giu",
);
/** A weekday next to a date, or after the word that says "on" ("am Dienstag", "le jeudi", "el martes"). */
const WEEKDAY_AT_DATE = new RegExp(`(?<![${LETTERS}])(${weekdayWords})(?![${LETTERS}-])(?=,?\\s+\\d)`, "giu");
const WEEKDAY_AFTER_ON = new RegExp(
  `(?<![${LETTERS}])(?:am|le|el|na|no|il|ce|este|esta|nächsten|kommenden|próximo|proximo|prochain)\\s+(${weekdayWords})(?![${LETTERS}-])`,
  "giu",
);
/** "um 15:00 Uhr", "15 Uhr", "à 10h", "10h30", "às 14h", "alle 15:00", "a las 15:00". */
const CLOCK_WORDS = [
  [/\b(\d{1,2})(?:[:.](\d{2}))?\s*Uhr\b/giu, (_: string, h: string, m?: string) => `${h}:${m ?? "00"}`],
  [/\b([01]?\d|2[0-3])h([0-5]\d)(?![\p{L}\d])/gu, (_: string, h: string, m: string) => `${h}:${m}`],
  [
    /(?<=(?:^|\s)(?:à|às|a|vers|dès|entre|et|e|de|ou)\s+)([01]?\d|2[0-3])\s?h(?![\p{L}\d])/gu,
    (_: string, h: string) => `${h}:00`,
  ],
] as const;
const AT_WORDS = /(?<![\p{L}])(?:um|à|às|a\s+las|alle|ore)(?=\s+\d{1,2}[:.h]?\d{0,2})/giu;
/** Central European time as German writes it. */
const ZONES = /\b(?:MESZ)\b|\b(?:MEZ)\b/gu;

/** Whether a text may hold a date in one of these languages: it has one of their weekday or month words. */
const ANY_WORD = new RegExp(`(?<![${LETTERS}])(?:${weekdayWords}|${monthWords}|uhr)(?![${LETTERS}])`, "iu");

/**
 * A text with the full stop of a German day's number taken off where a month follows ("10. November"), so
 * that splitting into sentences does not end one there.
 */
export function withoutOrdinalDots(text: string): string {
  return text.replace(ORDINAL_DOT, "$1$2");
}
const ORDINAL_DOT = new RegExp(
  `\\b(\\d{1,2})\\.(\\s+(?:${monthWords}|november|september|august|april)(?![${LETTERS}]))`,
  "giu",
);

/** The sentence with its foreign dates and times in English words; the sentence itself where there are none. */
export function datesInEnglish(sentence: string): string {
  if (!ANY_WORD.test(sentence)) return sentence;
  let out = sentence
    .replace(DAY_MONTH, (_whole, day: string, month: string, year?: string) => {
      const english =
        MONTHS[month.toLowerCase()] ?? month.charAt(0).toUpperCase() + month.slice(1).toLowerCase();
      return year ? `${day} ${english} ${year}` : `${day} ${english}`;
    })
    .replace(WEEKDAY_AFTER_ON, (_whole, day: string) => `on ${WEEKDAYS[day.toLowerCase()] ?? day}`)
    .replace(WEEKDAY_AT_DATE, (day: string) => WEEKDAYS[day.toLowerCase()] ?? day);
  for (const [pattern, to] of CLOCK_WORDS) out = out.replace(pattern, to as (...a: string[]) => string);
  return out
    .replace(/(?<=\d)\s+(?:bis|hasta\s+las|à|até\s+às|alle)\s+(?=\d)/gu, " - ")
    .replace(AT_WORDS, "at")
    .replace(ZONES, (z) => (z === "MESZ" ? "CEST" : "CET"));
}
