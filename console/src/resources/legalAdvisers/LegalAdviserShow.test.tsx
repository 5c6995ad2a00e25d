import { screen, within } from '@testing-library/react';
import { ResourceContextProvider } from 'react-admin';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { serveGraphQL } from '../../test/graphqlServer';
import { renderAs } from '../../test/render';
import { LegalAdviserShow, type AdviserDetail } from './LegalAdviserShow';

const ADVISER: AdviserDetail = {
  id: 'a1',
  name: '李明华',
  gender: 'MALE',
  phone: '13800000001',
  profession: 'LAWYER',
  licenceNo: '11411200000001',
  serviceScope: '',
  status: 'ACTIVE',
  photoUrl: null,
  version: 1,
  villageCount: 2,
  overloaded: false,
  provider: { id: 'p1', name: '正义律师事务所', kind: 'LAW_FIRM', phone: null },
  villages: [
    { id: 'v1', name: '东关村', code: '141122100201', township: { id: 't1', name: '天宁镇' } },
    { id: 'v2', name: '城西社区', code: '141122100202', township: { id: 't1', name: '天宁镇' } },
  ],
  currentPairings: [
    { id: 'pa1', validFrom: '2025-01-01', validTo: null, deputyDirector: true, villageId: 'v1' },
    { id: 'pa2', validFrom: '2025-03-01', validTo: '2026-12-31', deputyDirector: false, villageId: 'v2' },
  ],
  history: [],
};

afterEach(() => vi.unstubAllGlobals());

describe('LegalAdviserShow', () => {
  it('shows each current village with its pairing: since when, until when, and the deputy-director role', async () => {
    const requests = serveGraphQL({
      legalAdviser: () => ADVISER,
      providers: () => ({ items: [], totalItems: 0 }),
      uploadLimits: () => ({
        maxPhotoBytes: 5242880,
        maxSpreadsheetBytes: 10485760,
        acceptedPhotoTypes: ['image/jpeg'],
        uploadsPerHour: 60,
        megabytesPerDay: 200,
      }),
    });
    renderAs(
      'BUREAU_ADMIN',
      <ResourceContextProvider value="legalAdvisers">
        <LegalAdviserShow />
      </ResourceContextProvider>,
      { path: '/legalAdvisers/a1/show', route: '/legalAdvisers/:id/show' },
    );
    const villages = await screen.findByTestId('adviser-villages');
    const [east, west] = await within(villages).findAllByRole('listitem');
    expect(east!.textContent).toContain('东关村');
    expect(east!.textContent).toContain('2025-01-01 起结对');
    expect(east!.textContent).toContain('兼任调委会副主任');
    expect(west!.textContent).toContain('城西社区');
    expect(west!.textContent).toContain('2025-03-01 至 2026-12-31');
    expect(west!.textContent).not.toContain('兼任调委会副主任');
    // The pairings are matched to the villages by id: a pairing's village may lie outside the viewer's jurisdiction.
    expect(requests.find((r) => r.field === 'legalAdviser')!.query).toMatch(/currentPairings \{[^}]*villageId/);
  });
});
