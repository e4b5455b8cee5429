/** Place names from English toponym parts, so the vocabulary has a realistic long tail. */
import type { Random } from './random';

const PLACE_HEADS = [
  'Ash', 'Oak', 'Elm', 'Birch', 'Brad', 'Brom', 'Chester', 'Dun', 'Ell', 'Fair', 'Glen', 'Hather', 'Holm', 'Kings', 'Lang',
  'Lin', 'Mar', 'Mill', 'New', 'North', 'Ox', 'Pen', 'Red', 'Rother', 'Sand', 'Shel', 'South', 'Stan', 'Stoke', 'Thorn',
  'Wal', 'West', 'Whit', 'Wind', 'Wood', 'Bram', 'Brook', 'Cal', 'Chad', 'Cran', 'Dal', 'East', 'Farn', 'Gold', 'Har',
  'Hay', 'Kel', 'Ketter', 'Lark', 'Lox', 'Mel', 'Nor', 'Pad', 'Ram', 'Sal', 'Sef', 'Tad', 'Tan', 'Ux', 'Wen', 'Wick',
  'Yar', 'Ald', 'Bex', 'Cog', 'Dray', 'Ew', 'Fen', 'Gil', 'Hamp', 'Ick', 'Lit', 'Mab', 'Nether', 'Ock', 'Pit', 'Quen',
  'Rad', 'Sut', 'Thur', 'Up', 'Ver', 'Wat', 'Yeo', 'Bur', 'Cleve', 'Dor', 'Eg', 'Ful', 'Grin', 'Hal', 'Ing', 'Kirk',
];
const PLACE_TAILS = [
  'ford', 'ham', 'ton', 'bury', 'ley', 'worth', 'field', 'by', 'wick', 'stead', 'combe', 'hurst', 'den', 'well', 'more',
  'thorpe', 'bridge', 'gate', 'cote', 'hall', 'wood', 'brook', 'dale', 'minster', 'borough', 'chester', 'mouth', 'ness',
  'ing', 'over', 'stow', 'well', 'mere', 'lands', 'holme',
];
const PLACE_MIDDLES = ['er', 'ing', 'el', 'an', 'en', 'ow', 'ly', 'am', 'ab', 'ol', 'in', 'es', 'ber', 'mer', 'ley', 'ston', 'wor', 'ham', 'den', 'ford'];
export const STREET_TYPES = ['Road', 'Street', 'Lane', 'Avenue', 'Close', 'Drive', 'Way', 'Gardens', 'Crescent', 'Place', 'Grove', 'Terrace', 'Court', 'Rise', 'Walk', 'Mews', 'Row', 'Parade'];
export const HOME_TYPES = ['House', 'Lodge', 'Court', 'Manor', 'Grange', 'View', 'Park'];
export const SCHOOL_TYPES = ['Primary School', 'Academy', 'High School', 'Community College', 'Infant School', 'Junior School', 'School'];
export const HOSPITALS = ['General Hospital', 'Community Hospital', 'District Hospital', 'Royal Infirmary'];

/** A made-up English place name: "Ashford", "Thurerwick". */
export function placeName(rng: Random): string {
  return `${rng.pick(PLACE_HEADS)}${rng.chance(0.25) ? rng.pick(PLACE_MIDDLES) : ''}${rng.pick(PLACE_TAILS)}`;
}
