import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// The sign-in form needs none of these, but every tier's first page does: fetch them once the form is up, while the
// user types, so that signing in does not wait for three downloads in a row (layout, dashboard, data provider).
const preloadFirstPage = () => {
  void import('./layout/AppLayout');
  void import('./dashboard/Dashboard');
  void import('./providers/dataProvider');
};
if ('requestIdleCallback' in window) window.requestIdleCallback(preloadFirstPage, { timeout: 2000 });
else setTimeout(preloadFirstPage, 1000);
