/**
 * General vocabulary for the synthetic corpus, so that its search index has the size and long tail
 * of real statements (which use some 700 distinct words each, and many more across the archive).
 * Lists are drawn Zipf-like by scripts/corpus/writer.ts: early words often, late words rarely.
 */
const words = (text: string) => text.trim().split(/\s*\|\s*|\n\s*/).filter((w) => w !== '');

export const NOUNS = words(`
information | evidence | decision | meeting | letter | email | telephone call | visit | assessment | report | record | plan | review | service
| support | officer | manager | appointment | application | request | response | delay | concern | problem | issue | period | week | month
| family | home | property | address | account | payment | charge | fee | cost | budget | policy | procedure | process | practice | guidance
| arrangement | agreement | referral | enquiry | investigation | outcome | explanation | apology | remedy | complaint | question | answer
| document | form | file | note | list | copy | summary | timetable | schedule | deadline | target | standard | rule | requirement | duty
| power | right | option | choice | preference | need | risk | harm | injury | accident | incident | event | change | improvement | failure
| mistake | error | oversight | omission | misunderstanding | disagreement | dispute | conflict | tension | relationship | contact | communication
| conversation | discussion | consultation | negotiation | correspondence | reply | acknowledgement | reminder | warning | notice | summons
| hearing | panel | committee | board | team | department | service area | directorate | contractor | provider | agency | partner | landlord
| tenant | neighbour | resident | applicant | carer | parent | child | pupil | student | teacher | doctor | nurse | therapist | psychologist
| advocate | solicitor | councillor | member of parliament | inspector | surveyor | engineer | assessor | auditor | clerk | receptionist
| kitchen | bathroom | bedroom | living room | hallway | garden | garage | driveway | loft | cellar | staircase | landing | porch | conservatory
| window | door | roof | ceiling | floor | wall | fence | gate | path | patio | shed | greenhouse | boundary | hedge | tree | lawn | pond
| boiler | radiator | cooker | fridge | freezer | washing machine | dishwasher | shower | bath | toilet | sink | tap | pipe | drain | gutter
| wiring | socket | light | alarm | lock | key | letterbox | intercom | doorbell | thermostat | meter | fuse box | extractor | ventilation
| mould | damp | condensation | leak | crack | hole | rot | infestation | mice | rats | cockroaches | bedbugs | pigeons | wasps | odour
| noise | music | shouting | banging | barking | vibration | smoke | dust | fumes | light pollution | traffic | congestion | parking
| car | van | lorry | bus | taxi | bicycle | scooter | motorbike | wheelchair | mobility scooter | pram | trailer | caravan | skip
| road | street | lane | footpath | pavement | kerb | junction | roundabout | crossing | bridge | tunnel | underpass | bus stop | car park
| school | nursery | college | university | library | leisure centre | community centre | day centre | surgery | pharmacy | hospital | clinic
| hostel | refuge | shelter | flat | maisonette | bungalow | terrace | semi | cottage | farmhouse | houseboat | studio | bedsit | annexe
| medication | prescription | injection | dressing | catheter | oxygen | inhaler | insulin | wound | ulcer | pressure sore | infection | fall
| fracture | bruise | cut | burn | rash | cough | fever | pain | headache | fatigue | weight loss | dehydration | malnutrition | confusion
| breakfast | lunch | dinner | supper | snack | drink | meal | shopping | laundry | cleaning | cooking | bathing | dressing | toileting
| income | savings | pension | benefit | allowance | grant | loan | debt | arrears | overpayment | refund | discount | exemption | reduction
| invoice | receipt | statement | balance | instalment | direct debit | standing order | cheque | bank transfer | cash | voucher | bill
| contract | tender | specification | quotation | estimate | valuation | survey | inspection | audit | monitoring | checklist | logbook
| photograph | video | recording | diary | log | spreadsheet | database | system | portal | website | app | online form | helpline
| week | weekend | morning | afternoon | evening | night | midnight | holiday | term | half term | summer | winter | spring | autumn
| birthday | anniversary | funeral | wedding | christening | graduation | exam | test | interview | appointment letter | job offer
| employer | job | career | wage | salary | shift | overtime | sickness absence | annual leave | furlough | redundancy | retirement
| friendship | loneliness | isolation | independence | dignity | privacy | safety | wellbeing | health | happiness | confidence | trust
| reputation | credibility | fairness | transparency | accountability | consistency | accuracy | clarity | timeliness | courtesy | empathy
| priority | band | points | quota | threshold | criteria | eligibility | entitlement | assessment criteria | scoring | weighting | ranking
| map | plan drawing | elevation | site plan | layout | design | extension | conversion | demolition | alteration | construction | excavation
| scaffolding | hoarding | skip permit | licence | permit | consent | approval | refusal | condition | variation | appeal | objection
| petition | campaign | survey response | questionnaire | feedback | comment | suggestion | compliment | grievance | allegation | claim
| routine | habit | hobby | interest | activity | exercise | walk | swim | football | gardening | reading | music lessons | church | mosque
| temple | synagogue | faith | culture | language | interpreter | translation | accent | dialect | sign language | braille | hearing loop
`);

export const ADJECTIVES = words(`
significant | reasonable | unclear | inconsistent | detailed | brief | prompt | thorough | confusing | adequate | accurate | incomplete
| appropriate | proportionate | considerable | lengthy | limited | relevant | specific | substantial | serious | avoidable | ongoing
| repeated | clear | contradictory | comprehensive | informal | formal | careful | sensible | unreasonable | unfortunate | urgent | minor
| major | temporary | permanent | previous | subsequent | initial | final | formal | verbal | written | electronic | handwritten | signed
| unsigned | dated | undated | missing | lost | misplaced | duplicated | delayed | overdue | outstanding | pending | completed | partial
| poor | good | excellent | satisfactory | unsatisfactory | acceptable | unacceptable | suitable | unsuitable | safe | unsafe | clean | dirty
| cold | warm | damp | dry | noisy | quiet | crowded | spacious | cramped | dark | bright | steep | narrow | wide | busy | rural | urban
| elderly | young | frail | disabled | vulnerable | isolated | independent | dependent | confused | anxious | distressed | upset | angry
| frustrated | worried | tired | exhausted | unwell | ill | poorly | recovering | stable | deteriorating | improving | complex | simple
| routine | unusual | exceptional | standard | bespoke | generic | individual | collective | joint | separate | shared | private | public
| local | national | statutory | discretionary | mandatory | optional | voluntary | contractual | financial | practical | emotional
| physical | mental | cognitive | sensory | medical | clinical | social | educational | legal | technical | administrative | procedural
`);

export const ADVERBS = words(`
properly | promptly | clearly | fully | carefully | reasonably | consistently | quickly | adequately | accurately | appropriately | again
| immediately | eventually | repeatedly | occasionally | regularly | rarely | frequently | briefly | formally | informally | directly
| indirectly | separately | jointly | personally | verbally | electronically | urgently | routinely | generally | specifically | partly
`);

export const CONDITIONS = words(`
dementia | Alzheimer’s disease | multiple sclerosis | Parkinson’s disease | motor neurone disease | a stroke | epilepsy | diabetes | COPD
| asthma | heart failure | arthritis | osteoporosis | cancer | kidney disease | a learning disability | autism | ADHD | dyslexia
| cerebral palsy | Down’s syndrome | spina bifida | muscular dystrophy | sight loss | hearing loss | depression | anxiety | PTSD
| schizophrenia | bipolar disorder | an eating disorder | OCD | agoraphobia | chronic fatigue syndrome | fibromyalgia | long COVID
| Huntington’s disease | sickle cell disease | cystic fibrosis | a brain injury | a spinal injury | lymphoedema | incontinence
| a heart condition | high blood pressure | a hip replacement | a knee replacement | mobility problems | a visual impairment
`);

export const ACTIVITIES = words(`
washing | dressing | eating | drinking | cooking | cleaning | shopping | managing money | taking medication | getting in and out of bed
| using the toilet | going upstairs | leaving the house | attending appointments | seeing friends | going to work | studying
| looking after the children | walking the dog | caring for a relative | sleeping | concentrating | reading post | using the telephone
| travelling by bus | driving | gardening | keeping the home warm | keeping the home safe | making decisions | keeping appointments
`);

export const JOBS = words(`
a nurse | a teacher | a bus driver | a lorry driver | a taxi driver | a carer | a cleaner | a shop assistant | a chef | a plumber
| an electrician | a builder | a joiner | a painter and decorator | a hairdresser | a receptionist | an accountant | a solicitor
| a paramedic | a police officer | a firefighter | a social worker | a software developer | an engineer | a pharmacist | a dentist
| a farmer | a gardener | a security guard | a warehouse operative | a delivery driver | a postal worker | a student | a retired civil servant
| a self-employed consultant | a teaching assistant | a nursery worker | a care home worker | a hospital porter | a librarian
`);

export const FEELINGS = words(`
anxious | upset | distressed | frustrated | ignored | humiliated | exhausted | worried | scared | angry | let down | unsupported
| isolated | overwhelmed | confused | embarrassed | hopeless | powerless | stressed | unsafe | disappointed | misled | relieved
`);

export const ASPECTS = words(`
health | sleep | work | finances | relationships | studies | mental health | confidence | independence | family life | social life
| privacy | dignity | safety | career | children | marriage | routine | recovery
`);

export const ORGANISATION_TYPES = words(`
Medical Centre | Surgery | Health Centre | Housing Association | Homes | Community Mental Health Team | Citizens Advice | Food Bank
| Family Centre | Children’s Centre | Leisure Centre | Library | Baptist Church | Methodist Church | Mosque | Gurdwara | Community Trust
| Carers’ Centre | Advocacy Service | Law Centre | Residents’ Association | Tenants’ Association | Business Park | Retail Park
| Garden Centre | Recycling Centre | Sports Club | Cricket Club | Bowling Club | Scout Group | Youth Club | Day Centre | Foodbank
`);
