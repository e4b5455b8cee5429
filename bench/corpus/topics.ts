/**
 * The Ombudsman's service areas and subcategories, with the words each brings: what the complaint is
 * about, the law and guidance cited, what happened, what went wrong, and how it is put right.
 *
 * Templates use slots that scripts/corpus/writer.ts fills: {C} the complainant ("Mrs X"), {Cs} the
 * possessive ("Mrs X’s"), {he}/{his}/{him}/{He}/{His} the complainant's pronouns, {O} another person,
 * {rel} their relation ("her son"), {body}/{Body} the body complained about ("the Council"), {obj} a
 * thing the area deals with, {thing} a concrete object, {team} a team or officer, {place} a place name,
 * {street} an address, {school}, {home}, {hospital}, {date} a date in the chronology, {ref} a case
 * identifier, {days} a time limit, {adj}/{adv} general words.
 */
import type { AuthorityKind } from './authorities';
import type { Outcome } from '../../src/schemas/decision';

export interface Law {
  act: string;
  sections: string[];
  /** What the law says, completing "The law says councils must …" or "…, section N says a council must …". */
  duties: string[];
}

export interface Subcategory {
  name: string;
  objects: string[];
}

export interface ServiceArea {
  name: string;
  weight: number;
  kinds: AuthorityKind[];
  subcategories: Subcategory[];
  teams: string[];
  objects: string[];
  things: string[];
  laws: Law[];
  guidance: { name: string; says: string[] }[];
  events: string[];
  faults: string[];
  subheadings: string[];
  injustice: string[];
  actions: string[];
}

const ALL_COUNCILS: AuthorityKind[] = ['london', 'metropolitan', 'unitary', 'county', 'district'];
const SOCIAL_CARE: AuthorityKind[] = ['london', 'metropolitan', 'unitary', 'county'];
const LOCAL: AuthorityKind[] = ['london', 'metropolitan', 'unitary', 'district'];

export const SERVICE_AREAS: ServiceArea[] = [
  {
    name: 'Adult care services',
    weight: 16,
    kinds: [...SOCIAL_CARE, 'care-provider'],
    subcategories: [
      { name: 'Assessment and care plan', objects: ['the needs assessment', 'the care and support plan', 'the carer’s assessment', 'the review of {Os} care package', 'the eligibility decision'] },
      { name: 'Charging', objects: ['the financial assessment', 'the invoice for residential care', 'the deferred payment agreement', 'the disability-related expenditure allowance', 'the top-up fee'] },
      { name: 'Residential care', objects: ['the care home placement', 'the falls risk assessment', 'the medication administration record', 'the fluid intake chart', 'the notice to leave the home'] },
      { name: 'Safeguarding', objects: ['the safeguarding enquiry', 'the section 42 enquiry', 'the safeguarding strategy meeting', 'the protection plan', 'the concern raised by the ambulance service'] },
      { name: 'Domiciliary care', objects: ['the home care visits', 'the missed calls', 'the rota of care workers', 'the call monitoring records', 'the reablement package'] },
      { name: 'Direct payments', objects: ['the direct payment', 'the personal budget', 'the audit of the direct payment account', 'the employment of a personal assistant', 'the recovery of unspent funds'] },
      { name: 'Transport', objects: ['the transport to the day centre', 'the blue badge application', 'the travel assessment'] },
      { name: 'Other', objects: ['the occupational therapy assessment', 'the supply of equipment', 'the hospital discharge arrangements', 'the advocacy referral'] },
    ],
    teams: ['the adult social care team', 'the social worker', 'the occupational therapist', 'the care home manager', 'the safeguarding team', 'the financial assessment team', 'the reablement team', 'the commissioning team', 'a senior practitioner'],
    objects: ['the care package', 'the assessment of {Os} needs', '{Os} care and support plan', 'the support for {O}', 'the personal budget', 'the respite care', 'the placement at {home}', 'the review meeting'],
    things: ['a hoist', 'a pressure mattress', 'a stairlift', 'a wheelchair', 'a pendant alarm', 'a walking frame', 'a commode', 'a key safe', 'the medication blister packs', 'the care diary', 'a sensor mat', 'a grab rail', 'a profiling bed', 'the lifeline', 'hearing aids', 'dentures'],
    laws: [
      { act: 'Care Act 2014', sections: ['9', '18', '24', '25', '27', '42', '14', '17'], duties: ['assess any adult who appears to need care and support', 'meet eligible needs by preparing a care and support plan', 'keep care and support plans under review', 'make enquiries where it suspects an adult with care needs is at risk of abuse or neglect', 'carry out a financial assessment before charging for care', 'involve the adult and their carer in the assessment'] },
      { act: 'Mental Capacity Act 2005', sections: ['1', '2', '3', '4'], duties: ['assume a person has capacity unless it is established that they lack it', 'make any decision for a person who lacks capacity in their best interests', 'take all practicable steps to help a person make their own decision'] },
      { act: 'Health and Social Care Act 2008', sections: ['20'], duties: ['ensure care and treatment is provided in a safe way', 'keep accurate, complete and contemporaneous records for each person using the service'] },
    ],
    guidance: [
      { name: 'The Care and Support Statutory Guidance', says: ['councils should complete assessments within a reasonable and appropriate timescale', 'the person should be given a copy of their care and support plan', 'reviews should take place at least every 12 months', 'councils must explain how charges have been calculated'] },
      { name: 'The Care Quality Commission’s Fundamental Standards', says: ['care must be appropriate and reflect the person’s needs and preferences', 'providers must have an effective complaints procedure', 'people must be treated with dignity and respect'] },
    ],
    events: ['carried out an assessment of {Os} needs at {his} home', 'agreed a package of four calls a day', 'arranged a temporary placement at {home}', 'sent {C} an invoice for {amount}', 'held a best interests meeting about {Os} future care', 'recorded that {O} had fallen in the lounge', 'referred {O} to the falls prevention service', 'completed a financial assessment', 'closed the safeguarding enquiry', 'reduced the number of weekly visits', 'asked the occupational therapist to assess {O} for {thing}', 'told the family it could not find a carer for the evening call', 'gave the family a list of homes with vacancies', 'recorded that {O} had a small bruise on {his} left arm', 'reviewed the care plan with {C} by telephone'],
    faults: ['did not assess {Os} needs before reducing the care package', 'failed to tell the family that the care would be charged for', 'delayed in completing the financial assessment', 'did not keep proper records of {Os} fluid intake', 'did not investigate the safeguarding concern properly', 'missed or cut short a number of care calls', 'did not involve {C} in the review of the care plan', 'gave {C} wrong information about the cost of care'],
    subheadings: ['Legal and administrative background', 'The assessment of needs', 'The financial assessment', 'The care provided at {home}', 'The safeguarding enquiry', 'Charging for care', 'Record keeping', 'What should have happened', 'The review of the care plan', 'Communication with the family'],
    injustice: ['distress and uncertainty about whether {O} received the care {he} needed', 'the time and trouble of pursuing the complaint', 'the loss of the opportunity to make an informed choice about care', 'avoidable frustration', 'the anxiety of not knowing how much the care would cost'],
    actions: ['review the care and support plan with {C} and {O}', 'remind staff in {team} to record the reasons for changes to care packages', 'review how it tells people about charges before care starts', 'provide training to care staff on recording fluid intake', 'reassess {Os} needs and share the outcome with {C}', 'write off the charges for the period before the financial assessment'],
  },
  {
    name: "Children's care services",
    weight: 10,
    kinds: SOCIAL_CARE,
    subcategories: [
      { name: 'Child protection', objects: ['the child protection plan', 'the section 47 enquiry', 'the initial child protection conference', 'the strategy discussion', 'the core group meetings'] },
      { name: 'Looked after children', objects: ['the care plan', 'the placement with foster carers', 'the looked after child review', 'the pathway plan', 'the contact arrangements'] },
      { name: 'Friends and family carers', objects: ['the kinship care allowance', 'the connected persons assessment', 'the support for the family and friends carer', 'the fostering allowance'] },
      { name: 'Fostering', objects: ['the fostering assessment', 'the foster carer review', 'the fostering panel', 'the allegation against the foster carers'] },
      { name: 'Adoption', objects: ['the adoption support plan', 'the adoption support fund application', 'the life story work'] },
      { name: 'Disabled children', objects: ['the short breaks', 'the child in need assessment', 'the respite provision', 'the support from the disabled children’s team'] },
      { name: 'Special guardianship', objects: ['the special guardianship allowance', 'the special guardianship support plan', 'the means test'] },
      { name: 'Leaving care', objects: ['the leaving care grant', 'the personal adviser', 'the pathway plan', 'the setting up home allowance'] },
      { name: 'Other', objects: ['the single assessment', 'the child in need plan', 'the early help assessment', 'the family group conference'] },
    ],
    teams: ['the social worker', 'the team manager', 'the independent reviewing officer', 'the children’s services department', 'the Local Authority Designated Officer', 'the family support worker', 'the child protection chair', 'officer 1', 'officer 2'],
    objects: ['the assessment of the family', 'the plan for {Cs} children', 'the referral from the school', 'the contact arrangements', 'the support offered to the family', 'the records held about {C}'],
    things: ['the chronology', 'the case notes', 'the minutes of the conference', 'the assessment report', 'the referral form', 'the safety plan', 'the written agreement', 'the contact log'],
    laws: [
      { act: 'Children Act 1989', sections: ['17', '20', '22', '31', '47', '26'], duties: ['safeguard and promote the welfare of children in need in its area', 'make enquiries where a child is suffering, or is likely to suffer, significant harm', 'provide accommodation for a child in need who requires it', 'have a procedure for considering complaints about children’s services'] },
      { act: 'Children Act 2004', sections: ['10', '11'], duties: ['make arrangements to ensure its functions are discharged having regard to the need to safeguard children'] },
      { act: 'Children and Families Act 2014', sections: ['19'], duties: ['have regard to the views, wishes and feelings of the child and the child’s parent'] },
    ],
    guidance: [
      { name: 'Working Together to Safeguard Children', says: ['assessments should be completed within 45 working days of the referral', 'an initial child protection conference should take place within 15 working days of the strategy discussion', 'parents should be involved in the assessment unless this would put the child at risk'] },
      { name: 'The statutory guidance Getting the Best from Complaints', says: ['councils should respond to stage one complaints within 10 working days', 'a stage two investigation should be completed within 25 working days, or 65 working days at most'] },
    ],
    events: ['received a referral from {school} about {Cs} son', 'held a strategy discussion with the police', 'decided the threshold for section 47 enquiries was met', 'placed the children on a child in need plan', 'visited the family home unannounced', 'held an initial child protection conference', 'told {C} the case would be stepped down to early help', 'completed a single assessment', 'sent {C} a copy of the assessment', 'closed the case', 'arranged supervised contact at the family centre', 'recorded that {C} had declined a visit'],
    faults: ['did not share the assessment with {C} before the conference', 'recorded inaccurate information about {C}', 'failed to consider {Cs} disclosure of domestic abuse', 'delayed in responding to {Cs} complaint under the statutory procedure', 'did not invite {C} to the initial child protection conference', 'shared {Cs} contact details without consent'],
    subheadings: ['Law and guidance', 'The statutory complaints procedure', 'The child protection enquiry', 'The assessment', 'The initial child protection conference', 'Contact arrangements', 'Complaint handling', 'What should have happened?', 'My findings', 'Injustice to {C}'],
    injustice: ['distress at not being involved in decisions about {his} children', 'uncertainty about whether the outcome would have been different', 'the time and trouble of pursuing the complaint', 'frustration caused by the delay in the complaints procedure'],
    actions: ['correct the inaccurate information in the assessment and tell {C} when it has done so', 'remind social workers to share assessments with parents before conferences', 'review its practice on recording disclosures of domestic abuse', 'provide training to managers on the statutory complaints procedure', 'place a copy of this decision on the children’s files'],
  },
  {
    name: 'Education',
    weight: 15,
    kinds: SOCIAL_CARE,
    subcategories: [
      { name: 'Special educational needs', objects: ['the education, health and care plan', 'the EHC needs assessment', 'the annual review', 'the provision in Section F of the plan', 'the speech and language therapy'] },
      { name: 'Admissions', objects: ['the admission appeal', 'the application for a place at {school}', 'the oversubscription criteria', 'the waiting list', 'the in-year admission'] },
      { name: 'School transport', objects: ['the application for free school transport', 'the transport appeal', 'the walking route assessment', 'the travel bursary'] },
      { name: 'Alternative provision', objects: ['the alternative provision', 'the education otherwise than at school', 'the section 19 duty', 'the online tuition'] },
      { name: 'Exclusions', objects: ['the independent review panel', 'the permanent exclusion', 'the reintegration meeting'] },
      { name: 'Other', objects: ['the elective home education', 'the school attendance order', 'the penalty notice for non-attendance', 'the children missing education referral'] },
    ],
    teams: ['the SEN team', 'the SEN caseworker', 'the admissions team', 'the appeal panel', 'the educational psychologist', 'the school transport team', 'the head teacher', 'the inclusion officer'],
    objects: ['{Cs} son’s education', 'the support for {Cs} daughter', 'the school place', 'the education provision', 'the plan for {Cs} child'],
    things: ['the appeal bundle', 'the clerk’s notes', 'the EHC plan', 'the educational psychologist’s report', 'the school timetable', 'the travel pass', 'the home to school route', 'the annual review paperwork'],
    laws: [
      { act: 'Children and Families Act 2014', sections: ['36', '37', '42', '44'], duties: ['secure the special educational provision in an EHC plan', 'decide whether to carry out an EHC needs assessment within six weeks of a request', 'review an EHC plan at least every 12 months'] },
      { act: 'Education Act 1996', sections: ['19', '444', '508B', '437'], duties: ['arrange suitable education for children who would not otherwise receive it because of illness or exclusion', 'make suitable travel arrangements for eligible children'] },
      { act: 'Equality Act 2010', sections: ['20', '149'], duties: ['make reasonable adjustments for disabled people', 'have due regard to the need to eliminate discrimination'] },
    ],
    guidance: [
      { name: 'The SEND Code of Practice', says: ['the whole process of EHC needs assessment and plan development must take no more than 20 weeks', 'a council must send a copy of the final EHC plan to the parent', 'annual reviews must focus on the child’s progress towards the outcomes in the plan'] },
      { name: 'The School Admission Appeals Code', says: ['appeal panels must consider whether the admission arrangements complied with the law', 'the clerk must keep an accurate record of the hearing', 'the decision letter must give the panel’s reasons'] },
      { name: 'The Home to School Travel and Transport Guidance', says: ['councils should publish their travel policy', 'a route is available only if a child can walk it in reasonable safety with an adult'] },
    ],
    events: ['received a request for an EHC needs assessment', 'decided to issue an EHC plan', 'issued the final plan', 'held an annual review at {school}', 'refused the application for transport', 'heard the appeal', 'wrote to {C} to confirm the panel’s decision', 'offered a place at {school}', 'arranged five hours a week of online tuition', 'agreed to fund a specialist placement', 'asked the educational psychologist for advice', 'sent {C} a draft amended plan'],
    faults: ['delayed in issuing the EHC plan', 'did not secure the provision in {Cs} son’s plan', 'did not arrange suitable education when {Cs} daughter could not attend school', 'failed to hold the annual review on time', 'did not properly consider the transport application', 'did not record the panel’s reasons for its decision'],
    subheadings: ['Relevant law and guidance', 'Education, health and care plans', 'The annual review', 'Alternative provision', 'The appeal hearing', 'School transport policy', 'Delay', 'Complaint handling', 'Analysis', 'Injustice'],
    injustice: ['the loss of education', 'the loss of special educational provision', 'uncertainty about whether the appeal would have succeeded', 'avoidable distress and frustration', 'the time and trouble of pursuing the complaint'],
    actions: ['complete the annual review and issue an amended plan', 'review its processes so that EHC plans are issued within 20 weeks', 'arrange a fresh appeal before a differently constituted panel', 'reconsider the application for school transport', 'remind caseworkers of the section 19 duty'],
  },
  {
    name: 'Housing',
    weight: 13,
    kinds: LOCAL,
    subcategories: [
      { name: 'Homelessness', objects: ['the homelessness application', 'the interim accommodation', 'the personalised housing plan', 'the suitability review', 'the main housing duty'] },
      { name: 'Allocations', objects: ['the housing register application', 'the banding decision', 'the medical priority', 'the bidding record', 'the review of the banding'] },
      { name: 'Council houses', objects: ['the repairs to {Cs} council flat', 'the damp and mould', 'the tenancy', 'the rent account', 'the antisocial behaviour reports'] },
      { name: 'Disabled facilities grants', objects: ['the disabled facilities grant', 'the level access shower', 'the grant application', 'the ground floor extension'] },
      { name: 'Private housing', objects: ['the housing health and safety inspection', 'the improvement notice', 'the house in multiple occupation licence', 'the hazards at {Cs} rented home'] },
      { name: 'Other', objects: ['the housing advice', 'the temporary accommodation charges', 'the tenancy sustainment support'] },
    ],
    teams: ['the housing options team', 'the allocations team', 'the housing officer', 'the environmental health officer', 'the repairs team', 'the private sector housing team', 'the homelessness prevention officer'],
    objects: ['{Cs} housing application', 'the accommodation at {street}', 'the family’s housing', 'the offer of a flat in {place}', 'the bed and breakfast placement'],
    things: ['the boiler', 'the bathroom ceiling', 'the front door', 'the windows', 'the damp in the bedroom', 'the kitchen units', 'the smoke alarm', 'the stairs', 'the communal heating', 'the lift'],
    laws: [
      { act: 'Housing Act 1996', sections: ['166A', '184', '188', '189B', '193', '202', '206'], duties: ['secure interim accommodation where it has reason to believe an applicant may be homeless, eligible and in priority need', 'give reasonable preference in its allocation scheme to people in certain groups', 'notify applicants in writing of its decision and their right to ask for a review', 'ensure accommodation is suitable for the household'] },
      { act: 'Housing Act 2004', sections: ['4', '11', '12', '55'], duties: ['inspect a property where it considers a hazard may exist', 'take enforcement action where it finds a category 1 hazard'] },
      { act: 'Homelessness Reduction Act 2017', sections: [], duties: ['take reasonable steps to prevent or relieve homelessness'] },
      { act: 'Housing Grants, Construction and Regeneration Act 1996', sections: ['23', '24', '36'], duties: ['decide an application for a disabled facilities grant within six months', 'be satisfied that works are necessary and appropriate and reasonable and practicable'] },
    ],
    guidance: [
      { name: 'The Homelessness Code of Guidance', says: ['bed and breakfast accommodation is not suitable for families except in an emergency and for no more than six weeks', 'councils should carry out inquiries as quickly as possible', 'personalised housing plans should be kept under review'] },
      { name: 'The Council’s allocations scheme', says: ['applicants must tell the Council about any change in their circumstances', 'medical priority is decided by a medical assessment officer', 'bands are backdated to the date of the application'] },
    ],
    events: ['accepted the prevention duty', 'placed the family in bed and breakfast accommodation in {place}', 'decided {C} was intentionally homeless', 'awarded band C', 'inspected the property at {street}', 'served an improvement notice on the landlord', 'offered {C} a two-bedroom flat in {place}', 'completed a suitability review', 'approved a disabled facilities grant of {amount}', 'recorded a repair to {thing}', 'carried out a damp survey', 'closed the homelessness application'],
    faults: ['kept the family in bed and breakfast accommodation for longer than six weeks', 'delayed in deciding the homelessness application', 'did not tell {C} about {his} right to a review', 'did not backdate the banding', 'failed to carry out the repairs within its published timescales', 'did not inspect the property when {C} reported the hazards'],
    subheadings: ['Homelessness law and guidance', 'The allocations scheme', 'Repairs', 'Interim accommodation', 'The suitability of the accommodation', 'Disabled facilities grants', 'What happened', 'Analysis', 'Injustice', 'Complaint handling'],
    injustice: ['living in unsuitable accommodation for longer than necessary', 'uncertainty about whether {he} would have been rehoused sooner', 'the loss of the opportunity to challenge the decision', 'distress and inconvenience', 'the time and trouble of pursuing the complaint'],
    actions: ['review {Cs} banding and backdate it to the date of the application', 'review its procedures so that families are not kept in bed and breakfast accommodation for more than six weeks', 'complete the outstanding repairs to {thing}', 'remind officers to include review rights in decision letters', 'carry out a fresh inspection of the property'],
  },
  {
    name: 'Planning and development',
    weight: 13,
    kinds: [...LOCAL, 'other'],
    subcategories: [
      { name: 'Planning applications', objects: ['the planning application for {ref}', 'the extension next door', 'the officer’s report', 'the planning conditions', 'the consultation on the application'] },
      { name: 'Enforcement', objects: ['the enforcement investigation', 'the breach of planning control', 'the enforcement notice', 'the unauthorised fence', 'the change of use'] },
      { name: 'Building control', objects: ['the building regulations inspection', 'the completion certificate', 'the dangerous structure', 'the drainage works'] },
      { name: 'Planning advice', objects: ['the pre-application advice', 'the permitted development advice', 'the lawful development certificate'] },
      { name: 'Other', objects: ['the local plan consultation', 'the tree preservation order', 'the community infrastructure levy'] },
    ],
    teams: ['the planning officer', 'the case officer', 'the planning committee', 'the enforcement officer', 'the building control surveyor', 'the conservation officer', 'the development management manager'],
    objects: ['the development at {street}', 'the application for a two-storey side extension', 'the new houses behind {Cs} garden', 'the works on the neighbouring land', 'the application {ref}'],
    things: ['the boundary wall', 'the first-floor window', 'the rear extension', 'the garage', 'the hedge', 'the site plan', 'the drainage', 'the access road', 'the balcony', 'the roof lights', 'the parking spaces'],
    laws: [
      { act: 'Town and Country Planning Act 1990', sections: ['70', '171A', '172', '187B', '215'], duties: ['have regard to the development plan and any other material considerations', 'decide whether to take enforcement action', 'consider whether it is expedient to issue an enforcement notice'] },
      { act: 'Planning (Listed Buildings and Conservation Areas) Act 1990', sections: ['66', '72'], duties: ['pay special attention to preserving the character of a conservation area'] },
      { act: 'Localism Act 2011', sections: [], duties: ['consult on its local plan'] },
    ],
    guidance: [
      { name: 'The National Planning Policy Framework', says: ['enforcement action is discretionary and should be proportionate', 'decisions should ensure developments do not harm the amenity of neighbours'] },
      { name: 'The Council’s planning enforcement policy', says: ['officers will visit high priority cases within five working days', 'complainants will be told of the outcome of an investigation'] },
      { name: 'The Council’s householder design guide', says: ['extensions should not breach a 45-degree line from the nearest habitable window'] },
    ],
    events: ['received the application {ref}', 'consulted neighbours by letter', 'visited the site', 'granted planning permission under delegated powers', 'published the officer’s report', 'received a complaint about {thing}', 'opened an enforcement case', 'decided it was not expedient to take enforcement action', 'issued a completion certificate', 'wrote to the developer about {thing}', 'discharged the conditions'],
    faults: ['did not consider the impact of {thing} on {Cs} home', 'failed to consult {C} about the application', 'delayed in investigating the breach of planning control', 'did not tell {C} the outcome of the enforcement investigation', 'did not check the drainage plans before approving them'],
    subheadings: ['Planning law and guidance', 'The planning application', 'The officer’s report', 'Enforcement', 'Building control', 'The site visit', 'Did the Council consider the impact on {Cs} home?', 'Analysis', 'Injustice'],
    injustice: ['uncertainty about whether the decision would have been different', 'a loss of privacy', 'the time and trouble of pursuing the complaint', 'frustration at the delay', 'avoidable distress'],
    actions: ['review how officers record their consideration of neighbour amenity', 'reconsider whether it is expedient to take enforcement action', 'remind officers to keep complainants informed of enforcement investigations', 'review its consultation procedures'],
  },
  {
    name: 'Highways and transport',
    weight: 9,
    kinds: [...ALL_COUNCILS, 'other'],
    subcategories: [
      { name: 'Parking and other penalties', objects: ['the penalty charge notice {ref}', 'the residents’ parking permit', 'the bus lane penalty', 'the notice to owner', 'the charge certificate'] },
      { name: 'Highway repair and maintenance', objects: ['the pothole outside {street}', 'the defect in the pavement', 'the highway inspection', 'the resurfacing works', 'the drainage gully'] },
      { name: 'Traffic management', objects: ['the traffic regulation order', 'the dropped kerb application', 'the road closure', 'the speed humps'] },
      { name: 'Rights of way', objects: ['the public footpath', 'the definitive map modification order', 'the obstruction of the bridleway'] },
      { name: 'Other', objects: ['the concessionary bus pass', 'the streetlight', 'the street works permit'] },
    ],
    teams: ['the parking services team', 'the highways inspector', 'the civil enforcement officer', 'the traffic management team', 'the highways officer', 'the rights of way officer'],
    objects: ['the road outside {Cs} home', 'the parking restrictions on {street}', 'the highway', 'the penalty charge', 'the footway'],
    things: ['the pothole', 'the yellow lines', 'the signs', 'the dropped kerb', 'the parking bay', 'the kerbstone', 'the streetlight', 'the drain cover', 'the bollards', 'the CCTV footage', 'the pay and display machine'],
    laws: [
      { act: 'Highways Act 1980', sections: ['41', '58', '130', '184'], duties: ['maintain the highway', 'assert and protect the rights of the public to use the highway'] },
      { act: 'Traffic Management Act 2004', sections: ['72', '78'], duties: ['consider representations against a penalty charge notice'] },
      { act: 'Road Traffic Regulation Act 1984', sections: ['1', '14', '122'], duties: ['secure the expeditious, convenient and safe movement of traffic'] },
    ],
    guidance: [
      { name: 'The Secretary of State’s Statutory Guidance on the Civil Enforcement of Parking Contraventions', says: ['authorities should consider each case on its merits', 'authorities should respond to challenges within 14 days'] },
      { name: 'The Well-managed Highway Infrastructure code of practice', says: ['councils should take a risk-based approach to highway inspections', 'defects should be repaired in line with the council’s published response times'] },
    ],
    events: ['issued a penalty charge notice {ref}', 'rejected {Cs} informal challenge', 'sent a notice to owner', 'inspected the road', 'recorded the defect as category 2', 'repaired {thing}', 'registered the debt at the Traffic Enforcement Centre', 'refused the application for a dropped kerb', 'made a traffic regulation order'],
    faults: ['did not properly consider {Cs} representations', 'failed to repair {thing} within its target time', 'issued the penalty when the signs were not clear', 'did not respond to {Cs} reports about {thing}'],
    subheadings: ['Law and guidance', 'The penalty charge notice', 'Highway inspections', 'The traffic regulation order', 'What happened', 'Analysis', 'Injustice'],
    injustice: ['the cost of the penalty', 'the inconvenience of pursuing the matter', 'uncertainty', 'frustration'],
    actions: ['cancel the penalty charge notice', 'review the signs on {street}', 'repair {thing}', 'remind officers to consider all the evidence before rejecting representations'],
  },
  {
    name: 'Environment and regulation',
    weight: 9,
    kinds: ALL_COUNCILS,
    subcategories: [
      { name: 'Refuse and recycling', objects: ['the assisted collection', 'the missed bin collections', 'the garden waste subscription', 'the bulky waste collection'] },
      { name: 'Noise', objects: ['the noise nuisance complaint', 'the noise from the neighbouring pub', 'the barking dog', 'the noise abatement notice'] },
      { name: 'Antisocial behaviour', objects: ['the antisocial behaviour case review', 'the community protection warning', 'the reports of harassment'] },
      { name: 'Licensing', objects: ['the premises licence', 'the taxi licence', 'the licensing sub-committee hearing', 'the street trading consent'] },
      { name: 'Pollution', objects: ['the smoke from the bonfires', 'the odour from the farm', 'the contaminated land'] },
      { name: 'Drainage', objects: ['the flooding of {Cs} garden', 'the blocked culvert', 'the ordinary watercourse'] },
      { name: 'Trees', objects: ['the overhanging council tree', 'the tree preservation order', 'the roots damaging {Cs} drive'] },
      { name: 'Cemeteries and crematoria', objects: ['the grave plot', 'the memorial', 'the cremated remains'] },
      { name: 'Other', objects: ['the fly-tipping', 'the dog fouling', 'the pest control visit'] },
    ],
    teams: ['the environmental health officer', 'the waste services team', 'the licensing team', 'the antisocial behaviour officer', 'the community safety team', 'the contractor', 'the bereavement services manager'],
    objects: ['the noise from {street}', '{Cs} bin collections', 'the nuisance', 'the reports {C} made', 'the land next to {Cs} home'],
    things: ['the noise diary sheets', 'the recording equipment', 'the bins', 'the recycling boxes', 'the monitoring app', 'the tree', 'the fence', 'the culvert', 'the extractor fan'],
    laws: [
      { act: 'Environmental Protection Act 1990', sections: ['33', '45', '46', '79', '80'], duties: ['take reasonably practicable steps to investigate complaints of statutory nuisance', 'serve an abatement notice where it is satisfied a statutory nuisance exists', 'arrange for the collection of household waste'] },
      { act: 'Anti-social Behaviour, Crime and Policing Act 2014', sections: ['43', '104'], duties: ['carry out an antisocial behaviour case review when the threshold is met'] },
      { act: 'Licensing Act 2003', sections: ['4', '17', '51'], duties: ['carry out its functions with a view to promoting the licensing objectives'] },
      { act: 'Clean Neighbourhoods and Environment Act 2005', sections: [], duties: ['deal with litter and fly-tipping'] },
    ],
    guidance: [
      { name: 'The Council’s waste collection policy', says: ['assisted collections are available to residents who cannot move their bins', 'a missed collection reported within two working days will be collected'] },
      { name: 'The Council’s noise nuisance procedure', says: ['officers will acknowledge a complaint within five working days', 'complainants will be asked to complete diary sheets for two weeks'] },
    ],
    events: ['sent {C} diary sheets', 'installed noise recording equipment', 'visited the property at night', 'decided there was no statutory nuisance', 'served an abatement notice', 'missed {Cs} collection', 'added {C} to the assisted collection list', 'held a licensing hearing', 'granted the premises licence', 'wrote to the neighbour'],
    faults: ['repeatedly failed to collect {Cs} bins', 'did not properly investigate {Cs} reports of noise', 'delayed in carrying out the case review', 'did not keep {C} informed about the investigation'],
    subheadings: ['Statutory nuisance', 'The investigation', 'Waste collections', 'The licensing hearing', 'What happened', 'Analysis', 'Injustice'],
    injustice: ['distress and inconvenience', 'uncertainty about whether a nuisance would have been found', 'the time and trouble of pursuing the complaint'],
    actions: ['monitor {Cs} collections for three months', 'review its procedures for assisted collections', 'reopen the noise investigation', 'remind officers to keep complainants informed'],
  },
  {
    name: 'Benefits and tax',
    weight: 8,
    kinds: LOCAL,
    subcategories: [
      { name: 'Council tax', objects: ['the council tax arrears', 'the liability order', 'the single person discount', 'the council tax account', 'the enforcement agents’ fees'] },
      { name: 'Housing benefit and council tax reduction', objects: ['the housing benefit overpayment', 'the council tax reduction', 'the discretionary housing payment', 'the backdating request'] },
      { name: 'Business rates', objects: ['the business rates bill', 'the small business rate relief', 'the rateable value'] },
      { name: 'Other', objects: ['the hardship fund', 'the council tax exemption', 'the instalment arrangement'] },
    ],
    teams: ['the revenues team', 'the benefits team', 'the council tax officer', 'the enforcement agents', 'the recovery team'],
    objects: ['{Cs} council tax account', 'the debt', 'the benefit claim', 'the reminder notice', 'the recovery action'],
    things: ['the bill', 'the reminder', 'the final notice', 'the summons', 'the statement of account', 'the tenancy agreement', 'the bank statements', 'the payslips'],
    laws: [
      { act: 'Local Government Finance Act 1992', sections: ['6', '11', '13A', '16'], duties: ['reduce council tax liability in cases of hardship', 'decide who is liable to pay council tax'] },
    ],
    guidance: [
      { name: 'The Council Tax (Administration and Enforcement) Regulations 1992', says: ['a council must serve a reminder notice before applying for a liability order', 'the whole balance becomes payable if instalments are missed'] },
      { name: 'The Housing Benefit Regulations 2006', says: ['overpayments caused by official error are not recoverable if the claimant could not reasonably have known'] },
    ],
    events: ['sent {C} a reminder', 'obtained a liability order at the magistrates’ court', 'passed the debt to enforcement agents', 'agreed an arrangement of {amount} a month', 'removed the single person discount', 'decided there was an overpayment of {amount}', 'refused the request to backdate the claim'],
    faults: ['did not take account of {Cs} circumstances before passing the debt to enforcement agents', 'delayed in processing {Cs} change of circumstances', 'did not respond to {Cs} letters', 'wrongly removed the discount'],
    subheadings: ['Council tax law', 'Recovery of council tax', 'The overpayment', 'What happened', 'Analysis', 'Injustice'],
    injustice: ['the enforcement fees', 'distress', 'uncertainty about the amount owed', 'the time and trouble of pursuing the complaint'],
    actions: ['recall the debt from the enforcement agents', 'refund the enforcement fees', 'reconsider the request for backdating', 'review its procedures for dealing with vulnerable debtors'],
  },
  {
    name: 'Corporate and other services',
    weight: 7,
    kinds: [...ALL_COUNCILS, 'other'],
    subcategories: [
      { name: 'Commercial and contracts', objects: ['the contract', 'the procurement process', 'the invoice'] },
      { name: 'Councillor conduct and standards', objects: ['the code of conduct complaint', 'the standards committee', 'the monitoring officer’s decision'] },
      { name: 'Elections and democratic services', objects: ['the electoral register', 'the postal vote', 'the polling station'] },
      { name: 'Land', objects: ['the sale of council land', 'the boundary of the council land', 'the access over the land'] },
      { name: 'Trading standards', objects: ['the rogue trader complaint', 'the trading standards investigation'] },
      { name: 'Other', objects: ['the subject access request', 'the complaint handling', 'the unreasonable behaviour policy', 'the data breach'] },
    ],
    teams: ['the monitoring officer', 'the complaints team', 'the information governance team', 'the property services team', 'the electoral services manager'],
    objects: ['{Cs} complaint', 'the information request', 'the decision', 'the policy', 'the records'],
    things: ['the complaint response', 'the email', 'the letter', 'the file note', 'the minutes', 'the map', 'the contract'],
    laws: [
      { act: 'Localism Act 2011', sections: ['27', '28'], duties: ['promote and maintain high standards of conduct by members', 'have arrangements for investigating allegations that a member has failed to comply with the code of conduct'] },
      { act: 'Data Protection Act 2018', sections: [], duties: ['process personal data lawfully'] },
      { act: 'Equality Act 2010', sections: ['20', '149'], duties: ['make reasonable adjustments for disabled people', 'have due regard to the need to eliminate discrimination'] },
      { act: 'Local Government Act 1972', sections: ['101', '123'], duties: ['obtain the best consideration reasonably obtainable when disposing of land'] },
    ],
    guidance: [
      { name: 'The Council’s complaints policy', says: ['stage one complaints will be answered within 10 working days', 'stage two complaints will be answered within 20 working days'] },
      { name: 'The Council’s unreasonable behaviour policy', says: ['restrictions should be reviewed every six months', 'the complainant should be told how to challenge the decision'] },
    ],
    events: ['acknowledged {Cs} complaint', 'replied at stage one', 'restricted {Cs} contact to a single point of contact', 'decided not to investigate the complaint about the councillor', 'sent {C} a copy of the records', 'wrote to {C} with its final response'],
    faults: ['delayed in responding to {Cs} complaint', 'did not follow its own policy', 'restricted {Cs} contact without warning', 'failed to give reasons for its decision'],
    subheadings: ['The Council’s policy', 'Complaint handling', 'The restriction', 'What happened', 'Analysis', 'Injustice'],
    injustice: ['frustration', 'the time and trouble of pursuing the complaint', 'uncertainty'],
    actions: ['review the restriction on {Cs} contact', 'remind staff to follow the complaints policy', 'review its unreasonable behaviour policy'],
  },
];

/** Old-style decision labels the Ombudsman used before the short ones, with the outcome each means. */
export const COMPOUND_OUTCOMES: { label: string; outcome: Outcome }[] = [
  { label: 'Upheld: maladministration and injustice', outcome: 'upheld' },
  { label: 'Upheld: maladministration, no injustice', outcome: 'upheld' },
  { label: 'Upheld: no further action', outcome: 'upheld' },
  { label: 'Not upheld: no maladministration', outcome: 'not-upheld' },
  { label: 'Not upheld: no further action', outcome: 'not-upheld' },
  { label: 'Closed after initial enquiries - out of jurisdiction', outcome: 'closed-after-initial-enquiries' },
  { label: 'Closed after initial enquiries - no further action', outcome: 'closed-after-initial-enquiries' },
];
