/**
 * What the councils index fetches to sort and filter every authority in the browser
 * (src/pages/councils/figures.json.ts writes it from the archive index; src/scripts/councils.ts
 * reads it). zod/mini, for the reason search-index.ts gives.
 */
import * as z from 'zod/mini';

/** A year's figures of one authority: upheld, not upheld, closed after initial enquiries, pounds of money remedies. */
const YearFiguresSchema = z.tuple([z.number(), z.number(), z.number(), z.number()]);
export type YearFigures = z.infer<typeof YearFiguresSchema>;

export const CouncilFiguresSchema = z.object({
  /** Every year the archive holds decisions of, oldest first. */
  years: z.array(z.string()),
  /** By distinctive name, A to Z. */
  councils: z.array(
    z.object({
      name: z.string(),
      distinctiveName: z.string(),
      letter: z.string(),
      href: z.string(),
      years: z.record(z.string(), YearFiguresSchema),
    }),
  ),
});
export type CouncilFigures = z.infer<typeof CouncilFiguresSchema>;
