import type { SignalDef } from "./signal.js";

export const picturedInRole: SignalDef = {
  id: "pictured-in-role",
  label: "Pictured you in the job",
  polarity: "positive",
  phase: "during",
  strength: "strong",
  seeds: ["000", "001", "002"],
  meaning: 'Inclusive language that placed you in the job: "when you join", "you\'d be reporting to…".',
  advice:
    "Talking as if you already work there is one of the stronger tells. Mirror it in your thank-you: say what you would do first.",
  cues: [
    {
      p: "when|once|after ~1 you ~2 join|start|come_on|take_over|are_running|'re_running|are_in_the_role|'re_in_the_role",
      by: "company",
      // "When could you start?" asks a date (start-date-discussed); it does not place you in the job.
      unless:
        "imagine|suppose|when_you_joined|your_last|previous|current|could_you|can_you|would_you|might_you|how_soon|earliest",
    },
    {
      p: "you ~1 would|'d|will|'ll|shall ~2 own|lead|report|reporting|work|working|manage|run|sit|join|pair|partner|inherit|take|be_on|be_the|be_part|be_working|be_reporting|be_leading|be_owning|have_your|start_on|be_responsible|be_staffing|staff|do_the|make_the|build|design|write|record|create|deliver|finalise|finalize|set_up|go_record|have_a_lot_of_freedom|have_freedom",
      by: "company",
      unless:
        "imagine|suppose|hypothetical*|if_you|let's_say|lets_say|say_you_were|say_you_had|say_you're|say_you_are|what_would|how_would|would_you|will_you|could_you|interview|interviewer|interviews|onsite|on-site|nda|reception|arrive|test|assessment|exercise|presentation|elevator|floor|front_desk|directions|asked_to|asked|expected_to_complete|log_in|login|call",
    },
    {
      p: "your ~2 team|desk|first_project|first_week|first_month|manager|onboarding|office|squad|crew|shift|rota|caseload|patients|clients|territory|accounts",
      by: "company",
      in: ["transcript", "email"],
      unless:
        "current|previous|last|old|former|imagine|if|at_your|in_your|tell_me|describe|what|how|round|interview|scheduled|invite|meeting_with",
    },
    {
      p: "i ~1 would|'d|will|'ll ~2 own|lead|report|be_reporting|work|working|manage|run|sit|pair|partner|inherit|be_on|be_the|be_part|be_responsible|be_taking|go_record|record|build|design|do_the|make_the|create",
      by: "company",
      in: ["notes"],
      // Only as reported speech: "she said I'd own onboarding".
      with: 'say|said|says|tell|told|explain|explained|mention|mentioned|describe|described|add|added|walked|talked|"',
      unless: "if_i|imagine|hope|think_i|wish|want|wonder",
    },
    {
      // The candidate placed in the job in any everyday words: "you'd be with the night sister on
      // ward 4", "you would be one of two buyers", "you'd go on the payments squad", "you'll spend
      // the first month with a senior". Told as so: a question or a condition is not.
      p: "you ~1 would|'d|will|'ll ~2 be_with|be_one|be_in|be_on|be_based|be_doing|be_covering|be_looking_after|be_handling|be_running|be_managing|be_supporting|be_part|go_on|go_into|sit_with|spend|handle|cover|support|look_after|travel|start_with|start_on|shadow|be_shadowing",
      by: "company",
      stated: true,
      unless:
        "surprised|amazed|shocked|hearing|notified|contacted|receiving|would_you|what|how|why|if|imagine|tell_me|describe|your_current|your_last|at_your",
    },
    {
      // The candidate named as someone of theirs: "you'd basically be my right hand", "you'll be our
      // first analyst", "you'll have your own van and more kit than you need".
      p: "you ~1 would|'d|will|'ll ~2 be|have ~2 my|our|your_own|more|plenty",
      by: "company",
      // Told in notes or mail; in a transcript these words are everywhere and cost more than they find.
      in: ["notes", "email"],
      stated: true,
      unless:
        "surprised|amazed|shocked|hearing|notified|contacted|receiving|would_you|what|how|why|if|imagine|tell_me|describe|your_current|your_last|at_your|guest|chance|opportunity|time_to|questions|hear|decision|feedback|update|offer|contract|paperwork|email|link|invite",
    },
    {
      // Introduced to a colleague as joining: 'like "she might be joining us"', '"this is Jo, she'd be
      // on your rota"'.
      p: "he|she|they ~1 might|may|will|'ll|would|'d|could ~2 be_joining|join|joining|be_on|be_working|be_with|be_in ~3 us|your|our|the_team|team",
      by: "company",
      with: "introduced|introducing|this_is|like|said_to|told_him|told_her|to_everyone",
      unless: "hope|hoping|wish|if|not|n't",
    },
    {
      p: "put|putting|pencil|pencilled|penciled ~2 me|you ~3 on|in|into ~3 rota|schedule|team|shift|roster|crew",
      by: "company",
    },
    {
      p: "we|we'd|we_would ~3 have|put|need ~1 you",
      by: "company",
      in: ["transcript"],
      unless: "would_you|if|imagine|have_you|do_you",
    },
  ],
};
