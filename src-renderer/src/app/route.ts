// A tiny hash router: the app has a handful of screens and must work from file:// in Electron.
import { useEffect, useState } from 'react';

export type Route = { screen: 'visits' } | { screen: 'visit'; visitId: string };

export function parseRoute(hash: string): Route {
  const match = /^#\/visits\/([^/]+)/.exec(hash);
  return match ? { screen: 'visit', visitId: decodeURIComponent(match[1]) } : { screen: 'visits' };
}

export const hrefFor = (route: Route): string =>
  route.screen === 'visit' ? `#/visits/${encodeURIComponent(route.visitId)}` : '#/';

export function navigate(route: Route): void {
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
