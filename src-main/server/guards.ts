// The checks a local server owes its user: a Host allow-list (DNS rebinding), a per-launch token
// exchanged for an HttpOnly cookie, and an Origin check on every state-changing request.
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export interface GuardConfig {
  port: number;
  token: string;
}

export const allowedHosts = ({ port }: GuardConfig): string[] => [`127.0.0.1:${port}`, `localhost:${port}`];
export const allowedOrigins = (config: GuardConfig): string[] => allowedHosts(config).map((h) => `http://${h}`);

/** Cookies ignore ports, so the name carries it: two servers on one machine keep their own. */
export const cookieName = ({ port }: GuardConfig): string => `svp_session_${port}`;

export function hostAllowed(req: IncomingMessage, config: GuardConfig): boolean {
  return allowedHosts(config).includes(req.headers.host ?? '');
}

export function originAllowed(req: IncomingMessage, config: GuardConfig): boolean {
  const origin = req.headers.origin;
  return typeof origin === 'string' && allowedOrigins(config).includes(origin);
}

export function tokensMatch(candidate: string | undefined, token: string): boolean {
  if (!candidate) return false;
  const a = Buffer.from(candidate);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function sessionCookieValue(req: IncomingMessage, config: GuardConfig): string | undefined {
  const name = cookieName(config);
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}

export function sessionCookie(config: GuardConfig): string {
  return `${cookieName(config)}=${config.token}; HttpOnly; SameSite=Strict; Path=/`;
}
