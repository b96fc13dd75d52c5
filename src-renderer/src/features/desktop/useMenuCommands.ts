// The desktop app's menu and main-process events, for the page (shared/contract/events.ts). In
// browser mode there is no window.svp.onEvent, and these hooks do nothing.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventMap, EventName, MenuCommand } from '../../../../src-main/shared/contract/events';
import { request } from '../../api/client';
import { navigate } from '../../app/route';
import { isUiLanguage } from '../../i18n';

/** Listens to one main-process event while the component is mounted (any number of components may). */
export function useDesktopEvent<E extends EventName>(name: E, callback: (payload: EventMap[E]) => void): void {
  const latest = useRef(callback);
  useEffect(() => {
    latest.current = callback;
  });
  useEffect(() => {
    const onEvent = window.svp?.onEvent;
    if (!onEvent) return undefined;
    return onEvent(name, (payload) => latest.current(payload));
  }, [name]);
}

/**
 * Mount ONCE, at the root: runs `handler` for each menu command, follows a language chosen in the
 * menu, and refetches everything when the data changed behind the page's back (another workspace
 * opened from the menu: the cache of the previous one is dropped, as a switch in the page does).
 */
export function useMenuCommands(handler: (command: MenuCommand) => void): void {
  const client = useQueryClient();
  const { i18n } = useTranslation();
  useDesktopEvent('menu.command', ({ command }) => handler(command));
  useDesktopEvent('language.changed', ({ language }) => void i18n.changeLanguage(language));
  useDesktopEvent('data.changed', ({ reason }) => {
    if (reason !== 'workspace') {
      void client.invalidateQueries();
      return;
    }
    void (async () => {
      // The interface keeps its language in the workspace just opened.
      if (isUiLanguage(i18n.language)) {
        await request('settings.setLanguage', { language: i18n.language }).catch(() => undefined);
      }
      await client.resetQueries();
      navigate({ screen: 'visits' });
    })();
  });
}
