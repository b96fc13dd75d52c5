import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useDesktopEvent } from '../desktop/useMenuCommands';
import { BackupsDialog } from '../exchange/BackupsDialog';
import { useCreateWorkspace, useLoadDemo, useOpenWorkspace, useRenameWorkspace, useWorkspaces } from './queries';

type NameForm = 'create' | 'rename' | null;

/** The current workspace file, with the actions the desktop app's File menu also offers. */
export function WorkspaceMenu() {
  const { t } = useTranslation('workspaces');
  const workspaces = useWorkspaces();
  const open = useOpenWorkspace();
  const create = useCreateWorkspace();
  const rename = useRenameWorkspace();
  const demo = useLoadDemo();
  const [expanded, setExpanded] = useState(false);
  const [form, setForm] = useState<NameForm>(null);
  const [name, setName] = useState('');
  const panel = useRef<HTMLDivElement>(null);
  const [backups, setBackups] = useState(false);
  // File ▸ New workspace… in the desktop app's menu.
  useDesktopEvent('menu.command', ({ command }) => {
    if (command === 'backups') {
      setExpanded(false);
      setBackups(true);
      return;
    }
    if (command !== 'newWorkspace') return;
    setExpanded(true);
    setForm('create');
    setName('');
  });

  useEffect(() => {
    if (!expanded) return;
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && setExpanded(false);
    const onClick = (event: MouseEvent) => {
      if (!panel.current?.parentElement?.contains(event.target as Node)) setExpanded(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('mousedown', onClick);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('mousedown', onClick);
    };
  }, [expanded]);

  const state = workspaces.data;
  if (!state) return null;
  const displayName = (info: { name: string; isDemo: boolean }) => (info.isDemo ? t('demoName') : info.name);
  const close = () => {
    setExpanded(false);
    setForm(null);
  };
  const submitName = (event: FormEvent) => {
    event.preventDefault();
    const mutation = form === 'create' ? create : rename;
    mutation.mutate(name.trim(), { onSuccess: close });
  };
  const startForm = (kind: NameForm) => {
    setForm(kind);
    setName(kind === 'rename' ? state.current.name : '');
  };

  return (
    <div className="workspace-menu">
      <button
        type="button"
        className="workspace-button"
        aria-expanded={expanded}
        aria-haspopup="true"
        onClick={() => setExpanded(!expanded)}
      >
        <span className="muted">{t('label')}</span> {displayName(state.current)}
      </button>
      {expanded && (
        <div className="workspace-panel card" ref={panel}>
          <h2>{t('recent')}</h2>
          <ul className="plain-list">
            {state.recent.map((info) => (
              <li key={info.path}>
                <button
                  type="button"
                  className="link-button"
                  aria-current={info.path === state.current.path ? 'true' : undefined}
                  onClick={() => open.mutate(info.path, { onSuccess: close })}
                  title={info.path}
                >
                  {displayName(info)}
                </button>
              </li>
            ))}
          </ul>
          {form ? (
            <form onSubmit={submitName} className="form">
              <label className="field">
                <span>{form === 'create' ? t('newName') : t('renameTo')}</span>
                <input value={name} onChange={(e) => setName(e.target.value)} autoFocus />
              </label>
              <ErrorMessage error={(form === 'create' ? create : rename).error} fieldLabels={{ name: t('name') }} />
              <div className="actions">
                <button type="submit" className="primary">
                  {form === 'create' ? t('create') : t('rename')}
                </button>
                <button type="button" onClick={() => setForm(null)}>
                  {t('common:cancel')}
                </button>
              </div>
            </form>
          ) : (
            <div className="actions">
              <button type="button" onClick={() => startForm('create')}>
                {t('new')}
              </button>
              <button type="button" onClick={() => startForm('rename')} disabled={state.current.isDemo}>
                {t('renameCurrent')}
              </button>
              <button type="button" onClick={() => demo.mutate(undefined, { onSuccess: close })}>
                {t('loadDemo')}
              </button>
              <button
                type="button"
                aria-haspopup="dialog"
                onClick={() => {
                  close();
                  setBackups(true);
                }}
              >
                {t('exchange:backups.open')}
              </button>
            </div>
          )}
          <ErrorMessage error={open.error ?? demo.error} />
        </div>
      )}
      {backups && <BackupsDialog onClose={() => setBackups(false)} />}
    </div>
  );
}
