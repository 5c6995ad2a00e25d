import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderAs } from '../test/render';
import { NotFoundPage } from './NotFoundPage';

describe('NotFoundPage', () => {
  it('says 页面不存在 and links home', async () => {
    renderAs('OFFICE_STAFF', <NotFoundPage />, { path: '/no/such/page' });
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('页面不存在');
    expect(screen.getByRole('link', { name: '返回首页' }).getAttribute('href')).toBe('/');
  });

  it('speaks English in the English console', async () => {
    renderAs('OFFICE_STAFF', <NotFoundPage />, { path: '/no/such/page', locale: 'en' });
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('Page not found');
    expect(screen.getByRole('link', { name: 'Back to the home page' })).toBeTruthy();
  });
});
