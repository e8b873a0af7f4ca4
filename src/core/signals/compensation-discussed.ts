import type { SignalDef } from "./signal.js";

export const compensationDiscussed: SignalDef = {
  id: "compensation-discussed",
  label: "Pay came up from their side",
  polarity: "positive",
  phase: "during",
  strength: "medium",
  seeds: ["000", "001", "003"],
  meaning: "The interviewer or recruiter raised salary: current, past or expected.",
  advice:
    "Pay usually comes up when they are thinking about an offer. Whatever number you gave, keep to it later: a big jump reads badly.",
  cues: [
    {
      // Asked in other words: "what I'm looking for salary-wise", "what hourly I'd need".
      p: "ask|asked|asking|wanted_to_know|want_to_know|question ~4 salary*|hourly|pay-wise|money-wise|rate",
      by: "company",
      unless:
        "i_asked|i_ask|interest_rate|exchange_rate|success_rate|conversion|turnover|churn|retention|growth|attrition|nobody_asked|no_one_asked",
    },
    {
      // "what you're on at the moment", "what you'd need to move".
      p: "what|how_much ~2 you ~1 're|are|were ~1 on ~3 moment|currently|now|at_the_moment|right_now|at_present",
      by: "company",
    },
    {
      p: "what|how_much ~3 you|you'd|i|i'd ~2 need|want|take|looking_for ~2 to ~1 move|jump|leave|switch|come_across",
      by: "company",
      unless: "notice|date|start|when|relocat*",
    },
    {
      p: "salary|salaries|compensation|remuneration|wage|wages|earn|earning|earnings|bonus|ote|pay_range|pay_band|pay_scale|payscale|pay|money|day_rate|hourly_rate|comp_package|total_comp",
      by: "company",
      unless:
        // "Write a query for the second highest salary" is an SQL question, not pay.
        "pay_attention|paying_attention|pay_off|paid_off|pay_it|pay_for|paid_for|pay_back|paid_social|paid_media|paid_search|money_on|money_into|save_money|saving_money|saved_money|make_money|lose_money|lost_money|spend_money|raise_money|raised_money|highest|lowest|nth|query|sql|table|" +
        // Nobody raised it; or what is paid is a cost of the job, not its pay ("the firm pays the
        // first exam attempt", "we pay the licensing fees"). Overtime and allowances are pay.
        "nobody_asked|nobody_mentioned|nobody_brought|nobody_raised|no_one_asked|no_one_mentioned|no_one_brought|no_one_raised|never_came_up|didn't_come_up|not_discussed|wasn't_discussed|fees|fee|exam|exams|attempt|course|courses|tuition|licensing|licence|license|relocation_costs|" +
        // Pay put off, not discussed: "dodged it, said HR will tell me", "that's covered at offer
        // stage", "it's on the posted schedule"; and an advert's boilerplate ("competitive salary").
        "dodged|dodge|deflected|sidestepped|brushed|covered_at|at_offer_stage|offer_stage|hr_will_tell|will_tell_me_later|careers_site|posted|published|salary_schedule|on_the_website|competitive_salary|competitive_pay|competitive_package|competitive_compensation|competitive_remuneration",
      // The candidate's verdict on the pay, as a review gives it ("the pay could be better", "wages
      // are very less"): an opinion of the job, not pay raised by them.
      unlessAfter:
        "can_be_better|could_be_better|should_be_better|be_better|is_low|was_low|are_low|very_less|too_low|is_poor|was_poor|is_bad|is_average|is_decent|was_decent|is_ok|is_okay|is_competitive|is_not_good|not_great|not_that_great",
    },
    {
      p: "ask|asked|asking|wanted_to_know|want_to_know ~3 what|how_much ~3 i|you ~2 make|earn|earning|making|paid|am_on|get_paid",
      by: "company",
    },
    {
      p: "range|number|figure ~4 looking_for|expect*|in_mind|want|hoping",
      by: "company",
      unless: "phone|date|timeline|people|candidates",
    },
    {
      p: "number|figure|range|expectation|expectations ~5 i ~2 gave|give|mentioned|quoted|shared|said|named",
      by: "company",
      in: ["notes"],
      unless: "phone|call",
    },
    {
      p: "expectation|expectations|range",
      by: "company",
      with: "salary|pay|money|compensation|comp|earn|earning|package",
      unless: "timeline|date|my_number_is|phone|call|cell|posted|advertised|nobody_asked|no_one_asked",
    },
    {
      // Pay in the words of many markets: "expected CTC", "the hike", "salary negotiation".
      p: "ctc|compensation*|remunerat*|hike|hikes|salary_expectation|salary_expectations|expected_salary|current_salary|salary_negotiation|salary_discussion|salary_structure|salary_breakup|salary_break-up|salary_slip|salary_slips|payslip|payslips|pay_slip|pay_slips",
      by: "company",
      unless:
        "hiking|trek|trekking|hobby|hobbies|compensating|compensate_for|compensated_for|workers'_compensation|compensation_claim|compensation_plan_design",
    },
    {
      // "package" and amounts are pay only where an offer or a discussion is about them.
      p: "package|packages|lpa|lakh|lakhs|lac|lacs|stipend",
      by: "company",
      with: "discuss*|negotiat*|ask|asked|asking|offer|offered|told|explain*|mention*|talk*|quote*|gave|give|provide*|revis*|fix*|final*|confirm*|expect*|current|hike|low|lower|less|good|better|bad|poor|decent|annual",
      unless:
        "software|install*|npm|library|libraries|module|modules|dependency|dependencies|python|java|r_package|package_manager|pip|apt|deploy*|build|code|different_packages|three_packages",
    },
    {
      // A negotiation that happened ("HR negotiation was tough"), not one in a list of stages.
      p: "negotiat*",
      by: "company",
      with: "salary|ctc|package|pay|compensation|hike|lpa|hr|recruiter|round|they|he|she|manager|director",
      unless:
        "skill|skills|case|scenario|conflict|question|questions|how_would_you|tell_me|describe|a_time|stakeholder*|vendor*|client*|contract*|supplier*|customer*|deal|deals|sales",
    },
  ],
};
