/**
 * The sign-in form needs none of these, but every tier's first page does: the sign-in page fetches them once its form
 * is shown, while the user types, so that signing in does not wait for three downloads in a row (layout, dashboard,
 * data provider) and the form does not wait for them either.
 */
export function preloadFirstPage(): void {
  const preload = () => {
    void import('../layout/AppLayout');
    void import('../dashboard/Dashboard');
    void import('../providers/dataProvider');
  };
  if ('requestIdleCallback' in window) window.requestIdleCallback(preload, { timeout: 3000 });
  else setTimeout(preload, 500);
}
