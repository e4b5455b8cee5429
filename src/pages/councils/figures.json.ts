import type { APIRoute } from 'astro';
import type { CouncilFigures } from '../../contracts/council-figures';
import { archive } from '../../data/archive';
import { routes } from '../../utils/url';

/** Every authority's figures per year, as the archive index holds them, for the councils index's sorting and year filter. */
export const GET: APIRoute = () => {
  const { authorities, years } = archive();
  const figures: CouncilFigures = {
    years: years.map((y) => y.slug).sort(),
    councils: authorities.map((a) => ({
      name: a.name,
      distinctiveName: a.distinctiveName,
      letter: a.letter,
      href: routes.council(a.slug),
      years: Object.fromEntries(
        Object.entries(a.yearOutcomes).map(([year, o]) => [year, [o.upheld, o['not-upheld'], o['closed-after-initial-enquiries'], a.yearRemedyTotals[year] ?? 0]]),
      ),
    })),
  };
  return new Response(JSON.stringify(figures), { headers: { 'Content-Type': 'application/json' } });
};
