/**
 * Bodies in jurisdiction for the synthetic corpus: English councils of every kind (as the Ombudsman
 * names them), a few care providers and other bodies. `kind` decides which service areas a body's
 * complaints come from, `weight` how many it gets, `years` when it existed (reorganisations).
 */
export type AuthorityKind = 'london' | 'metropolitan' | 'county' | 'unitary' | 'district' | 'care-provider' | 'other';

export interface Authority {
  name: string;
  kind: AuthorityKind;
  weight: number;
  years?: [number, number];
}

const LONDON = [
  'London Borough of Barking & Dagenham', 'London Borough of Barnet', 'London Borough of Bexley', 'London Borough of Brent',
  'London Borough of Bromley', 'London Borough of Camden', 'London Borough of Croydon', 'London Borough of Ealing',
  'London Borough of Enfield', 'Royal Borough of Greenwich', 'London Borough of Hackney', 'London Borough of Hammersmith & Fulham',
  'London Borough of Haringey', 'London Borough of Harrow', 'London Borough of Havering', 'London Borough of Hillingdon',
  'London Borough of Hounslow', 'London Borough of Islington', 'Royal Borough of Kensington & Chelsea',
  'Royal Borough of Kingston upon Thames', 'London Borough of Lambeth', 'London Borough of Lewisham', 'London Borough of Merton',
  'London Borough of Newham', 'London Borough of Redbridge', 'London Borough of Richmond upon Thames', 'London Borough of Southwark',
  'London Borough of Sutton', 'London Borough of Tower Hamlets', 'London Borough of Waltham Forest', 'London Borough of Wandsworth',
  'Westminster City Council', 'City of London Corporation',
];

const METROPOLITAN = [
  'Birmingham City Council', 'Coventry City Council', 'Dudley Metropolitan Borough Council', 'Sandwell Metropolitan Borough Council',
  'Solihull Metropolitan Borough Council', 'Walsall Metropolitan Borough Council', 'City of Wolverhampton Council',
  'Bolton Metropolitan Borough Council', 'Bury Metropolitan Borough Council', 'Manchester City Council',
  'Oldham Metropolitan Borough Council', 'Rochdale Metropolitan Borough Council', 'Salford City Council',
  'Stockport Metropolitan Borough Council', 'Tameside Metropolitan Borough Council', 'Trafford Council',
  'Wigan Metropolitan Borough Council', 'Knowsley Metropolitan Borough Council', 'Liverpool City Council',
  'St Helens Metropolitan Borough Council', 'Sefton Metropolitan Borough Council', 'Wirral Metropolitan Borough Council',
  'Barnsley Metropolitan Borough Council', 'Doncaster Metropolitan Borough Council', 'Rotherham Metropolitan Borough Council',
  'Sheffield City Council', 'Gateshead Metropolitan Borough Council', 'Newcastle upon Tyne City Council',
  'North Tyneside Metropolitan Borough Council', 'South Tyneside Metropolitan Borough Council', 'Sunderland City Council',
  'City of Bradford Metropolitan District Council', 'Calderdale Metropolitan Borough Council', 'Kirklees Metropolitan Borough Council',
  'Leeds City Council', 'Wakefield Metropolitan District Council',
];

const COUNTY: (string | [string, number, number])[] = [
  ['Buckinghamshire County Council', 2013, 2020], 'Cambridgeshire County Council', ['Cumbria County Council', 2013, 2023],
  'Derbyshire County Council', 'Devon County Council', ['Dorset County Council', 2013, 2019], 'East Sussex County Council',
  'Essex County Council', 'Gloucestershire County Council', 'Hampshire County Council', 'Hertfordshire County Council',
  'Kent County Council', 'Lancashire County Council', 'Leicestershire County Council', 'Lincolnshire County Council',
  'Norfolk County Council', ['North Yorkshire County Council', 2013, 2023], ['Northamptonshire County Council', 2013, 2021],
  'Nottinghamshire County Council', 'Oxfordshire County Council', ['Somerset County Council', 2013, 2023],
  'Staffordshire County Council', 'Suffolk County Council', 'Surrey County Council', 'Warwickshire County Council',
  'West Sussex County Council', 'Worcestershire County Council',
];

const UNITARY: (string | [string, number, number])[] = [
  'Bath & North East Somerset Council', 'Bedford Borough Council', 'Blackburn with Darwen Borough Council', 'Blackpool Borough Council',
  ['Bournemouth, Christchurch & Poole Council', 2019, 2025], 'Bracknell Forest Council', 'Brighton & Hove City Council',
  'Bristol City Council', 'Central Bedfordshire Council', 'Cheshire East Council', 'Cheshire West & Chester Council',
  'Cornwall Council', 'Council of the Isles of Scilly', 'Darlington Borough Council', 'Derby City Council',
  ['Dorset Council', 2019, 2025], 'Durham County Council', 'East Riding of Yorkshire Council', 'Halton Borough Council',
  'Hartlepool Borough Council', 'Herefordshire Council', 'Isle of Wight Council', 'Kingston upon Hull City Council',
  'Leicester City Council', 'Luton Borough Council', 'Medway Council', 'Middlesbrough Borough Council', 'Milton Keynes Council',
  'North East Lincolnshire Council', 'North Lincolnshire Council', 'North Somerset Council', 'Northumberland County Council',
  'Nottingham City Council', 'Peterborough City Council', 'Plymouth City Council', 'Portsmouth City Council',
  'Reading Borough Council', 'Redcar & Cleveland Borough Council', 'Rutland County Council', 'Shropshire Council',
  'Slough Borough Council', 'South Gloucestershire Council', 'Southampton City Council', 'Southend-on-Sea City Council',
  'Stockton-on-Tees Borough Council', 'Stoke-on-Trent City Council', 'Swindon Borough Council', 'Telford & Wrekin Council',
  'Thurrock Council', 'Torbay Council', 'Warrington Borough Council', 'West Berkshire Council', 'Wiltshire Council',
  'Royal Borough of Windsor & Maidenhead', 'Wokingham Borough Council', 'City of York Council',
  ['North Northamptonshire Council', 2021, 2025], ['West Northamptonshire Council', 2021, 2025], ['Buckinghamshire Council', 2020, 2025],
  ['Cumberland Council', 2023, 2025], ['Westmorland and Furness Council', 2023, 2025], ['North Yorkshire Council', 2023, 2025],
  ['Somerset Council', 2023, 2025],
];

const DISTRICT = [
  'Adur District Council', 'Arun District Council', 'Ashfield District Council', 'Ashford Borough Council', 'Babergh District Council',
  'Basildon Borough Council', 'Basingstoke & Deane Borough Council', 'Bassetlaw District Council', 'Blaby District Council',
  'Bolsover District Council', 'Boston Borough Council', 'Braintree District Council', 'Breckland Council',
  'Brentwood Borough Council', 'Broadland District Council', 'Bromsgrove District Council', 'Broxbourne Borough Council',
  'Broxtowe Borough Council', 'Burnley Borough Council', 'Cambridge City Council', 'Cannock Chase District Council',
  'Canterbury City Council', 'Castle Point Borough Council', 'Charnwood Borough Council', 'Chelmsford City Council',
  'Cheltenham Borough Council', 'Cherwell District Council', 'Chesterfield Borough Council', 'Chichester District Council',
  'Chorley Borough Council', 'Colchester City Council', 'Cotswold District Council', 'Crawley Borough Council',
  'Dacorum Borough Council', 'Dartford Borough Council', 'Derbyshire Dales District Council', 'Dover District Council',
  'East Cambridgeshire District Council', 'East Devon District Council', 'East Hampshire District Council',
  'East Hertfordshire District Council', 'East Lindsey District Council', 'East Staffordshire Borough Council',
  'East Suffolk Council', 'Eastbourne Borough Council', 'Eastleigh Borough Council', 'Elmbridge Borough Council',
  'Epping Forest District Council', 'Epsom & Ewell Borough Council', 'Erewash Borough Council', 'Exeter City Council',
  'Fareham Borough Council', 'Fenland District Council', 'Folkestone & Hythe District Council', 'Forest of Dean District Council',
  'Fylde Borough Council', 'Gedling Borough Council', 'Gloucester City Council', 'Gosport Borough Council',
  'Gravesham Borough Council', 'Great Yarmouth Borough Council', 'Guildford Borough Council', 'Harborough District Council',
  'Harlow Council', 'Hastings Borough Council', 'Havant Borough Council', 'Hertsmere Borough Council', 'High Peak Borough Council',
  'Hinckley & Bosworth Borough Council', 'Horsham District Council', 'Huntingdonshire District Council', 'Hyndburn Borough Council',
  'Ipswich Borough Council', "King's Lynn & West Norfolk Borough Council", 'Lancaster City Council', 'Lewes District Council',
  'Lichfield District Council', 'City of Lincoln Council', 'Maidstone Borough Council', 'Maldon District Council',
  'Malvern Hills District Council', 'Mansfield District Council', 'Melton Borough Council', 'Mid Devon District Council',
  'Mid Suffolk District Council', 'Mid Sussex District Council', 'Mole Valley District Council', 'New Forest District Council',
  'Newark & Sherwood District Council', 'Newcastle-under-Lyme Borough Council', 'North Devon Council',
  'North East Derbyshire District Council', 'North Hertfordshire District Council', 'North Kesteven District Council',
  'North Norfolk District Council', 'North West Leicestershire District Council', 'Norwich City Council',
  'Nuneaton & Bedworth Borough Council', 'Oadby & Wigston Borough Council', 'Oxford City Council', 'Pendle Borough Council',
  'Preston City Council', 'Redditch Borough Council', 'Reigate & Banstead Borough Council', 'Ribble Valley Borough Council',
  'Rochford District Council', 'Rossendale Borough Council', 'Rother District Council', 'Rugby Borough Council',
  'Runnymede Borough Council', 'Rushcliffe Borough Council', 'Rushmoor Borough Council', 'South Cambridgeshire District Council',
  'South Derbyshire District Council', 'South Hams District Council', 'South Holland District Council',
  'South Kesteven District Council', 'South Norfolk Council', 'South Oxfordshire District Council', 'South Ribble Borough Council',
  'South Staffordshire Council', 'Spelthorne Borough Council', 'St Albans City & District Council', 'Stafford Borough Council',
  'Staffordshire Moorlands District Council', 'Stevenage Borough Council', 'Stratford-on-Avon District Council',
  'Stroud District Council', 'Surrey Heath Borough Council', 'Swale Borough Council', 'Tamworth Borough Council',
  'Tandridge District Council', 'Teignbridge District Council', 'Tendring District Council', 'Test Valley Borough Council',
  'Tewkesbury Borough Council', 'Thanet District Council', 'Three Rivers District Council', 'Tonbridge & Malling Borough Council',
  'Torridge District Council', 'Tunbridge Wells Borough Council', 'Uttlesford District Council',
  'Vale of White Horse District Council', 'Warwick District Council', 'Watford Borough Council', 'Waverley Borough Council',
  'Wealden District Council', 'Welwyn Hatfield Borough Council', 'West Devon Borough Council', 'West Lancashire Borough Council',
  'West Lindsey District Council', 'West Oxfordshire District Council', 'West Suffolk Council', 'Winchester City Council',
  'Woking Borough Council', 'Worcester City Council', 'Worthing Borough Council', 'Wychavon District Council', 'Wyre Borough Council',
  'Wyre Forest District Council', ['Aylesbury Vale District Council', 2013, 2020], ['Allerdale Borough Council', 2013, 2023],
  ['Mendip District Council', 2013, 2023], ['Harrogate Borough Council', 2013, 2023], ['Kettering Borough Council', 2013, 2021],
  ['Wycombe District Council', 2013, 2020], ['Poole Borough Council', 2013, 2019], ['Weymouth & Portland Borough Council', 2013, 2019],
] as (string | [string, number, number])[];

/** Fictional care providers: the Ombudsman names registered providers in adult social care complaints. */
const CARE_PROVIDERS = [
  'Sunrise Care Homes Ltd', 'Oakleigh Lodge Care Ltd', 'Abbeyfield Court Nursing Home Ltd', 'Brookvale Home Care Services Ltd',
  'Cedar House Residential Care Ltd', 'Hollybank Care Group Ltd', 'Meadowside Healthcare Ltd', 'Willow Tree Domiciliary Care Ltd',
  'Heathfield Care Partnership', 'Riverside Homecare Ltd', 'Ashgrove Nursing Homes Ltd', 'Kingfisher Care Services Ltd',
  'Lavender Fields Care Ltd', 'Orchard View Residential Home', 'St Anne’s Care Trust', 'Beechwood Support Services Ltd',
];

const OTHER = [
  'Transport for London', 'Peak District National Park Authority', 'Lake District National Park Authority',
  'South Downs National Park Authority', 'Essex County Fire and Rescue Service', 'Greater Manchester Combined Authority',
];

function entries(names: (string | [string, number, number])[], kind: AuthorityKind, weight: number): Authority[] {
  return names.map((n) => (typeof n === 'string' ? { name: n, kind, weight } : { name: n[0], kind, weight, years: [n[1], n[2]] }));
}

export const AUTHORITIES: Authority[] = [
  ...entries(LONDON, 'london', 4),
  ...entries(METROPOLITAN, 'metropolitan', 4),
  ...entries(COUNTY, 'county', 6),
  ...entries(UNITARY, 'unitary', 4),
  ...entries(DISTRICT, 'district', 1),
  ...entries(CARE_PROVIDERS, 'care-provider', 0.4),
  ...entries(OTHER, 'other', 0.3),
];
