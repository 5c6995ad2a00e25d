import { screen } from '@testing-library/react';
import { RecordContextProvider } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { renderAs } from '../../test/render';
import { VillageLinkField, type Pairing } from './PairingFields';

const pairing = (village: Pairing['village']): Pairing => ({
  id: 'p1',
  validFrom: '2025-01-01',
  validTo: '2026-05-31',
  active: false,
  deputyDirector: false,
  createdAt: '2024-12-20T02:00:00.000Z',
  adviser: { id: 'a1', name: '李明华' },
  villageId: 'v1',
  villageName: '城西社区',
  village,
});

describe('VillageLinkField', () => {
  it('links a village in the viewer’s jurisdiction to its page', async () => {
    renderAs(
      'BUREAU_ADMIN',
      <RecordContextProvider value={pairing({ id: 'v1', name: '城西社区' })}>
        <VillageLinkField />
      </RecordContextProvider>,
    );
    expect((await screen.findByRole('link', { name: '城西社区' })).getAttribute('href')).toContain('/villages/v1/show');
  });

  it('names, without a link, the village of an adviser’s ended pairing that the API no longer opens to them', async () => {
    renderAs(
      'ADVISER',
      <RecordContextProvider value={pairing(null)}>
        <VillageLinkField />
      </RecordContextProvider>,
    );
    expect(await screen.findByText('城西社区')).toBeTruthy();
    expect(screen.queryByRole('link')).toBeNull();
  });
});
