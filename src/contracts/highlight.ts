/**
 * The URL parameter that carries a search's words to a decision page, to mark them there
 * (src/utils/search-result.ts writes it, src/scripts/highlight.ts reads it):
 * /decisions/<slug>/?highlight=apology&highlight=apologised#p18.
 */
export const HIGHLIGHT_PARAM = 'highlight';
