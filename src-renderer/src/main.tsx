import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { request } from './api/client';
import { App } from './app/App';
import { initI18n, initialLanguage } from './i18n';
import './styles.css';

async function start() {
  // The language chosen last time is kept in the workspace; the system language is the first guess.
  const settings = await request('settings.get', {}).catch(() => ({ language: null }));
  await initI18n(settings.language ?? initialLanguage(navigator.language));
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false, staleTime: Infinity } },
  });
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <App />
      </QueryClientProvider>
    </StrictMode>,
  );
}

void start();
