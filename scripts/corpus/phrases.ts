/**
 * The generator's own phrase tables: the general words and the stock sentences of a statement. The
 * service areas' words are in bench/corpus/topics.ts, the long-tail vocabulary in bench/corpus/lexicon.ts.
 */

export const ADJECTIVES = [
  'significant', 'reasonable', 'unclear', 'inconsistent', 'detailed', 'brief', 'prompt', 'thorough', 'confusing', 'adequate',
  'accurate', 'incomplete', 'appropriate', 'proportionate', 'considerable', 'lengthy', 'limited', 'relevant', 'specific',
  'substantial', 'serious', 'avoidable', 'ongoing', 'repeated', 'clear', 'contradictory', 'comprehensive', 'informal',
  'formal', 'detailed', 'careful', 'sensible', 'unreasonable', 'unfortunate', 'urgent', 'vulnerable', 'unsettled', 'anxious',
];
export const ADVERBS = ['properly', 'promptly', 'clearly', 'fully', 'carefully', 'reasonably', 'consistently', 'quickly', 'adequately', 'accurately', 'appropriately', 'again'];
export const DOCUMENTS = ['letter', 'email', 'file note', 'case record', 'report', 'telephone note', 'text message', 'decision notice', 'invoice', 'minutes', 'form', 'questionnaire', 'chronology', 'action plan', 'risk assessment'];
export const CLAIMS = [
  'it had acted in line with its policy', 'it had not received the earlier email', 'the delay was caused by staff shortages',
  'there was no evidence to support the complaint', 'it would apologise for the delay', 'it had a high number of cases at the time',
  'the officer had since left', 'it had followed the relevant guidance', 'it had considered all the information available',
  'it could not comment on the actions of another organisation', 'it had offered a reasonable alternative', 'its records were incomplete',
  'it had made its decision properly', 'the information had been sent to the wrong address', 'it accepted there had been a delay',
];
export const REASONS_NOT_INVESTIGATED = [
  '{he} could have appealed to the First-tier Tribunal', 'it happened more than 12 months before {he} complained to us', 'it is a matter for the courts',
  'it is about the actions of the police, which we cannot investigate', 'it concerns a matter that affects most of the people in the area',
  '{he} has already taken the matter to court', 'it is about the internal management of a school', 'it is about a personnel matter',
];
export const REASONS_CLOSED = [
  'there is not enough evidence of fault in the way {body} made its decision', 'it is unlikely we would find fault',
  'we could not add to the investigation {body} has already carried out', '{C} could reasonably have used {his} right of appeal',
  'the complaint is late and there are no good reasons to investigate it now', 'the matter has not caused {C} significant injustice',
  'we cannot achieve the outcome {C} wants',
];
export const CONNECTIVES = ['However', 'In addition', 'Separately', 'Meanwhile', 'At that point', 'As a result', 'Again'];
export const COMPLAINANT_EVENTS = [
  'complained to {body} about {obj}', 'asked {body} to review {obj}', 'contacted {team} by telephone', 'emailed {team} to ask for an update on {obj}',
  'told {team} {he} was unhappy with {obj}', 'sent photographs of {thing} to {team}', 'sent {body} a letter from {his} GP', 'chased a response to {his} complaint',
  'asked for a copy of {his} records', 'escalated {his} complaint to stage two', 'went to see {his} local councillor', 'asked {body} to put its decision in writing',
  'said {he} had not received {body}’s {doc}', 'reported that {thing} had still not been dealt with', 'complained to us',
];
export const OBSERVATIONS = [
  '{C} was upset about {obj}', '{O} was {feeling} and {feeling}', 'the matter was {adj}', 'the {doc} had not been sent', '{team} would contact {C} within {days}',
  'there were concerns about {thing}', 'a manager had approved the decision', 'no action was needed at that stage', '{C} had asked for a call back',
  'the case was allocated to a new officer', 'the {doc} was {adj}', 'the family had been told about {obj}',
];
export const TIME_LIMITS = ['five working days', '10 working days', 'two weeks', '20 working days', 'one month', 'six weeks', '28 days'];
export const DEADLINES = ['one month', 'four weeks', 'three months', '20 working days', 'six weeks', 'two months', 'one month'];
export const DECISION_MAKERS = [
  "Investigator's decision on behalf of the Ombudsman", "Investigator's decision on behalf of the Ombudsman", "Investigator's decision on behalf of the Ombudsman",
  "Assistant Ombudsman's decision on behalf of the Ombudsman", "Deputy Ombudsman's decision on behalf of the Ombudsman",
];
export const RELATIONS = ['mother', 'father', 'husband', 'wife', 'son', 'daughter', 'neighbour', 'brother', 'sister', 'partner'];

/** Standard paragraphs of "The Ombudsman’s role and powers": the same in thousands of statements. */
export const ROLE_AND_POWERS = [
  'We investigate complaints about ‘maladministration’ and ‘service failure’. In this statement, I have used the word fault to refer to these. We must also consider whether any fault has had an adverse impact on the person making the complaint. I refer to this as ‘injustice’. If there has been fault which has caused an injustice, we may suggest a remedy. (Local Government Act 1974, sections 26(1) and 26A(1), as amended)',
  'If we are satisfied with {bodys} actions or proposed actions, we can complete our investigation and issue a decision statement. (Local Government Act 1974, section 30(1B) and 34H(i), as amended)',
  'We cannot question whether {bodys} decision is right or wrong simply because the complainant disagrees with it. We must consider whether there was fault in the way the decision was reached. (Local Government Act 1974, section 34(3), as amended)',
  'The law says we cannot normally investigate a complaint unless we receive it within 12 months of the person becoming aware of the matter. We can investigate an older complaint if we decide there are good reasons. (Local Government Act 1974, sections 26B and 34D, as amended)',
  'We cannot investigate a complaint about the start of court action or what happened in court. (Local Government Act 1974, Schedule 5/5A, paragraph 1/3, as amended)',
  'The law says we cannot normally investigate a complaint when someone can appeal to a tribunal. However, we may decide to investigate if we consider it would be unreasonable to expect the person to use that right. (Local Government Act 1974, section 26(6)(a), as amended)',
  'When considering complaints, if there is a conflict of evidence, we make findings based on the balance of probabilities. This means that we will weigh up the available relevant evidence and base our findings on what we think was more likely to have happened.',
  'We may investigate matters coming to our attention during an investigation, if we consider that a member of the public who has not complained may have suffered an injustice as a result. (Local Government Act 1974, sections 26D and 34E, as amended)',
];
export const CARE_PROVIDER_ROLE = 'We investigate complaints about adult social care providers and can decide whether their actions have caused an injustice, or could have caused injustice, to the person making the complaint. (Local Government Act 1974, sections 34B, 34C and 34H, as amended)';
export const CLOSED_TESTS = ['it is unlikely we would find fault; or', 'it is unlikely we could add to any previous investigation by {body}; or', 'the fault has not caused injustice to the person who complained; or', 'the injustice is not significant enough to justify our involvement; or', 'it is unlikely further investigation will lead to a different outcome; or', 'we cannot achieve the outcome someone wants.'];
