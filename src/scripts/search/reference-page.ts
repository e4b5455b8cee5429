/**
 * A reference typed into the search opens its decision, as How to search promises, with the search
 * left in the history behind it. The search page's first script: a reference in the page's address
 * needs none of the search's own code, so it is opened from here, while that code is still loading
 * (search.ts waits on `searchStart` before it searches).
 */
import { parseQuery, type Query } from '../../utils/search-query';
import { referenceSlug } from '../../utils/reference';
import { baseUrl } from '../base-url';
import { isOffline, isSavedOffline } from '../connection';
import { stateFromQuery } from './url-state';

/** How long the host may take to say whether a decision's page is there before the index is asked instead. */
const CHECK_TIMEOUT = 3000;

/** How the search page starts, once its address's reference has been seen to. */
export interface SearchStart {
  /**
   * Whether the search may still open a reference's decision: not on coming back to this page
   * (Back, Forward, Reload), nor once its decision has opened or was stopped from opening.
   */
  mayOpen: boolean;
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
  const found = await fetch(page, { method: 'HEAD', signal: AbortSignal.timeout(CHECK_TIMEOUT) }).then(
    (r) => r.ok,
    () => false,
  );
  return found ? page : null;
}

/** The part of the Navigation API used here, which TypeScript's DOM types do not have yet. */
interface Navigation {
  navigate(url: string, options: { history: 'push' }): { committed: Promise<unknown>; finished: Promise<unknown> };
}

/**
 * Opens a page as a new entry in the history, after this one. While this page is still loading
 * (its search script is, when a reference opens at once), `location.assign` would replace it
 * instead (the HTML standard's rule for a script without a reader's gesture); the Navigation API's
 * "push" does not (Chromium 102, Safari 26.2, Firefox 147), and without it the page is left to
 * finish loading first. `stopped` is called if the reader stops the navigation.
 *
 * (Chromium's own Back button still passes over a page that made an entry without a reader's
 * gesture, as a shared link's search page does, to the page before it; history.back() and a
 * search the reader sent here return to the search.)
 */
export function openPage(url: string, stopped: () => void = () => undefined): void {
  const navigation = (window as { navigation?: Navigation }).navigation;
  if (!navigation) {
    if (document.readyState === 'complete') location.assign(url);
    else addEventListener('load', () => location.assign(url), { once: true });
    return;
  }
  const { committed, finished } = navigation.navigate(url, { history: 'push' });
  // A page of another document never commits here; both reject when the navigation is stopped or
  // another overtakes it.
  committed.catch(() => undefined);
  finished.catch(stopped);
}

let start: Promise<SearchStart> | undefined;

/**
 * Opens the decision of the reference in the page's address when it was asked for (a link followed
 * here, or the form sent) and the host has its page, saying so in `status`. Resolves when the
 * search may start: at once for any other search or on coming back, after the check for a
 * reference that has no page, and for one that opened, after Back to this page kept whole in
 * memory (otherwise Back loads it afresh, and it searches) or when the reader stops it. The first
 * call does it; later calls share its answer.
 */
export function searchStart(status?: HTMLElement | null): Promise<SearchStart> {
  start ??= new Promise((resolve) => {
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    const query = parseQuery(stateFromQuery(location.search).q);
    const cameBack = navigation?.type === 'back_forward' || navigation?.type === 'reload';
    if (cameBack || query.kind !== 'reference') return resolve({ mayOpen: !cameBack, pageChecked: false });
    if (status) status.textContent = `Opening decision ${query.reference}…`;
    void referencePage(query)
      .catch(() => null)
      .then((page) => {
        if (!page) return resolve({ mayOpen: true, pageChecked: true });
        const shown = () => {
          removeEventListener('pageshow', back);
          resolve({ mayOpen: false, pageChecked: false });
        };
        // (pageshow also fires as the page first loads, not persisted: that one is not the way back.)
        const back = (event: PageTransitionEvent) => {
          if (event.persisted) shown();
        };
        addEventListener('pageshow', back);
        openPage(page, shown);
      });
  });
  return start;
}
