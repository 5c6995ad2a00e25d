import { screen } from '@testing-library/react';
import { TitlePortal } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { renderAs } from '../test/render';
import { NotFoundPage } from './NotFoundPage';

/** The page under the app bar's title, as the layout renders it. */
const WithAppBarTitle = () => (
  <>
    <TitlePortal data-testid="app-bar-title" />
    <NotFoundPage />
  </>
);

/** Texts a sighted user sees: leaves out what the page hides for screen readers only. */
const shownTexts = (text: string) =>
  screen.queryAllByText(text).filter((el) => getComputedStyle(el).position !== 'absolute' || getComputedStyle(el).clip === '');

describe('NotFoundPage', () => {
  it('says 页面不存在 once, in the app bar, keeps it as the h1 for screen readers, and links home', async () => {
    renderAs('OFFICE_STAFF', <WithAppBarTitle />, { path: '/no/such/page' });
    expect((await screen.findByTestId('app-bar-title')).textContent).toBe('页面不存在');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('页面不存在');
    const shown = shownTexts('页面不存在');
    expect(shown).toHaveLength(1);
    expect(screen.getByTestId('app-bar-title').contains(shown[0] ?? null)).toBe(true);
    expect(screen.getByRole('link', { name: '返回首页' }).getAttribute('href')).toBe('/');
  });

  it('speaks English in the English console', async () => {
    renderAs('OFFICE_STAFF', <WithAppBarTitle />, { path: '/no/such/page', locale: 'en' });
    expect((await screen.findByTestId('app-bar-title')).textContent).toBe('Page not found');
    expect(shownTexts('Page not found')).toHaveLength(1);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Page not found');
    expect(screen.getByRole('link', { name: 'Back to the home page' })).toBeTruthy();
  });
});
