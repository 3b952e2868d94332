import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './index.css';
import { AppProvider } from './app/provider';
import { reloadOnStaleChunks } from './app/reload-once';
import { startOffline } from './app/pwa/start';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

// Before the first lazy route can fail: a tab open across a deploy reloads once to get the new code.
reloadOnStaleChunks();

createRoot(container).render(
  <StrictMode>
    <AppProvider />
  </StrictMode>,
);

// Installable and offline: the service worker registers once the page is idle (app/pwa/start.ts).
startOffline();
