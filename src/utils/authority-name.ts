/**
 * The name a reader looks a council up by. The Ombudsman prints a council's formal style ("London
 * Borough of Barnet", "Kent County Council"), so an A–Z by printed name files most London boroughs
 * under L and most councils under their tier. The distinctive name is the place: "Barnet", "Kent".
 * Care providers and other bodies have no such style and keep their names as printed.
 */

/** Styles printed before the place, longest first so that "Royal Borough of" wins over "Borough of". */
const PREFIXES = [
  'the mayor and burgesses of the london borough of',
  'the london borough of',
  'london borough of',
  'the royal borough of',
  'royal borough of',
  'metropolitan borough of',
  'borough council of',
  'council of the',
  'county of',
  'city of',
  'borough of',
];

/** Styles printed after the place, longest first so that "County Council" wins over "Council". */
const SUFFIXES = [
  'metropolitan borough council',
  'metropolitan district council',
  'county borough council',
  'borough council',
  'district council',
  'county council',
  'city council',
  'town council',
  'parish council',
  'council',
];

/** A name whose "City of" is part of the place, not a style: the City of London is not London. */
const PLACES_WITH_CITY = /^city of london\b/i;

export function distinctiveName(name: string): string {
  const printed = name.trim().replace(/\s+/g, ' ');
  let place = printed;
  if (!PLACES_WITH_CITY.test(place)) {
    const prefix = PREFIXES.find((p) => place.toLowerCase().startsWith(`${p} `));
    if (prefix) place = place.slice(prefix.length + 1);
  }
  const suffix = SUFFIXES.find((s) => place.toLowerCase().endsWith(` ${s}`));
  if (suffix) place = place.slice(0, -(suffix.length + 1));
  // "Council" alone, or a style with no place left, is kept as printed rather than emptied.
  place = place.replace(/^[\s,]+|[\s,]+$/g, '');
  return place === '' ? printed || name : place;
}

/** The A–Z letter a name files under: its first letter without accents, or "#" for anything else. */
export function letterOf(name: string): string {
  const c = name.normalize('NFKD').charAt(0).toUpperCase();
  return /[A-Z]/.test(c) ? c : '#';
}
