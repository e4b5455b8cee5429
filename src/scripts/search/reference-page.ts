/**
 * A reference typed into the search opens its decision, as How to search promises, and the search
 * stays one Back press away. The search page's first script: a reference in the page's address
 * needs none of the search's own code, so it is opened from here, while that code is still loading
 * (search.ts waits on `searchStart` before it searches).
 */
import { parseQuery, type Query } from '../../utils/search-query';
import { referenceSlug } from '../../utils/reference';
import { baseUrl } from '../base-url';
import { isOffline, isSavedOffline } from '../connection';
import { stateFromQuery } from './url-state';

/** How the search page starts, once its address's reference has been seen to. */
export interface SearchStart {
  /** Back (or Forward) to this page: a reference shows as a search, and does not open again. */
  back: boolean;
  /** The address's reference has no page of its own: the search need not ask again. */
  pageChecked: boolean;
}

/**
 * A decision's address follows from its reference: its page, when the host has it (a reference
 * shared by two decisions, or none, is left to the index).
 */
export async function referencePage(query: Query): Promise<string | null> {
  if (query.kind !== 'reference') return null;
  const page = `${baseUrl()}decisions/${referenceSlug(query.reference)}/`;
  // Saved on this device: it opens without the network (and no request fails offline).
  if (await isSavedOffline(page)) return page;
  if (isOffline()) return null;
  return (await fetch(page, { method: 'HEAD' }).then((r) => r.ok, () => false)) ? page : null;
}

/** The part of the Navigation API used here, which TypeScript's DOM types do not have yet. */
interface Navigation {
  navigate(url: string, options: { history: 'push' }): { committed: Promise<unknown>; finished: Promise<unknown> };
}

/**
 * Opens a page as a new entry in the history, so that Back returns here. The page may still be
 * loading (its search script is, when a reference opens at once), and while it is, `location.assign`
 * replaces it in the history instead; the Navigation API says "push" (Chromium 102, Safari 26.2,
 * Firefox 147).
 */
export function openPage(url: string): void {
  const navigation = (window as { navigation?: Navigation }).navigation;
  if (!navigation) return location.assign(url);
  const { committed, finished } = navigation.navigate(url, { history: 'push' });
  // Both reject when another navigation overtakes this one: nothing to report.
  committed.catch(() => undefined);
  finished.catch(() => undefined);
}

let start: Promise<SearchStart> | undefined;

/**
 * Opens the decision of the reference in the page's address when it was asked for (a link followed
 * here, or the form sent), not come back to, and the host has its page. Resolves when the search
 * may start: at once for any other search, after the check for a reference that has no page, and
 * after Back for one that opened, when the browser kept this page whole in memory (otherwise Back
 * loads it afresh, and it searches). The first call does it; later calls share its answer.
 */
export function searchStart(): Promise<SearchStart> {
  start ??= new Promise((resolve) => {
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    const query = parseQuery(stateFromQuery(location.search).q);
    if (navigation?.type === 'back_forward' || query.kind !== 'reference') return resolve({ back: navigation?.type === 'back_forward', pageChecked: false });
    void referencePage(query).then((page) => {
      if (!page) return resolve({ back: false, pageChecked: true });
      // (pageshow also fires as the page first loads, not persisted: that one is not the way back.)
      const back = (event: PageTransitionEvent) => {
        if (!event.persisted) return;
        removeEventListener('pageshow', back);
        resolve({ back: true, pageChecked: false });
      };
      addEventListener('pageshow', back);
      openPage(page);
    });
  });
  return start;
}
