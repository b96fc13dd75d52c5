// A tiny hash router: the app has a handful of screens and must work from file:// in Electron.
import { useEffect, useState } from 'react';

export type VisitTab = 'overview' | 'itinerary';
export type Route =
  | { screen: 'visits' }
  | { screen: 'visit'; visitId: string; tab: VisitTab }
  | { screen: 'sites' }
  | { screen: 'places' }
  | { screen: 'search'; query: string };

export function parseRoute(hash: string): Route {
  const visit = /^#\/visits\/([^/?]+)(?:\/(itinerary))?/.exec(hash);
  if (visit)
    return { screen: 'visit', visitId: decodeURIComponent(visit[1]), tab: visit[2] ? 'itinerary' : 'overview' };
  if (hash.startsWith('#/sites')) return { screen: 'sites' };
  if (hash.startsWith('#/places')) return { screen: 'places' };
  const search = /^#\/search(?:\?q=(.*))?$/.exec(hash);
  if (search) return { screen: 'search', query: decodeURIComponent(search[1] ?? '') };
  return { screen: 'visits' };
}

export function hrefFor(route: Route | { screen: 'visit'; visitId: string; tab?: VisitTab }): string {
  switch (route.screen) {
    case 'visit':
      return `#/visits/${encodeURIComponent(route.visitId)}${route.tab === 'itinerary' ? '/itinerary' : ''}`;
    case 'sites':
      return '#/sites';
    case 'places':
      return '#/places';
    case 'search':
      return `#/search?q=${encodeURIComponent(route.query)}`;
    default:
      return '#/';
  }
}

export function navigate(route: Parameters<typeof hrefFor>[0]): void {
  window.location.hash = hrefFor(route);
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
