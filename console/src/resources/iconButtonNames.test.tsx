import { fireEvent, screen, within } from '@testing-library/react';
import { Form } from 'react-admin';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { serveGraphQL } from '../test/graphqlServer';
import { renderAs } from '../test/render';
import { PhotosInput } from './trainings/PhotosInput';
import { CommitteePanel, type Committee } from './villages/CommitteePanel';

// Icon-only buttons are named for what they act on (the row's mediator, the photo's place), so a screen reader's list
// of buttons tells them apart; a pointer sees the same words in the tooltip.

afterEach(() => vi.unstubAllGlobals());

const COMMITTEE: Committee = {
  id: 'c1',
  name: '东关村人民调解委员会',
  fixedOffice: true,
  mediationRoom: true,
  noticeBoardPosted: true,
  version: 2,
  members: [
    { id: 'm1', name: '刘调解', role: 'DIRECTOR', phone: null, version: 1 },
    { id: 'm2', name: '王和睦', role: 'MEMBER', phone: null, version: 1 },
  ],
};

describe('icon-only buttons', () => {
  it('name each committee member’s edit and delete buttons after the member, with the same words in the tooltip', async () => {
    serveGraphQL({});
    renderAs('OFFICE_STAFF', <CommitteePanel villageId="v1" committee={COMMITTEE} />);
    const edit = await screen.findByRole('button', { name: '编辑调解员 王和睦' });
    expect(screen.getByRole('button', { name: '编辑调解员 刘调解' })).not.toBe(edit);
    expect(screen.getByRole('button', { name: '删除调解员 刘调解' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '删除调解员 王和睦' })).toBeTruthy();
    fireEvent.mouseOver(edit);
    expect((await screen.findByRole('tooltip')).textContent).toBe('编辑调解员 王和睦');
  });

  it('say it in English in the English console', async () => {
    serveGraphQL({});
    renderAs('OFFICE_STAFF', <CommitteePanel villageId="v1" committee={COMMITTEE} />, { locale: 'en' });
    expect(await screen.findByRole('button', { name: 'Delete mediator 刘调解' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Edit mediator 王和睦' })).toBeTruthy();
  });

  it('name each training photo’s remove button by its place', async () => {
    serveGraphQL({
      uploadLimits: () => ({
        maxPhotoBytes: 5 * 1024 * 1024,
        maxSpreadsheetBytes: 10 * 1024 * 1024,
        acceptedPhotoTypes: ['image/jpeg', 'image/png'],
        uploadsPerHour: 120,
        megabytesPerDay: 200,
      }),
    });
    renderAs(
      'ADVISER',
      <Form
        defaultValues={{
          photos: [
            { id: 'p1', preview: 'blob:one' },
            { id: 'p2', preview: 'blob:two' },
          ],
        }}
      >
        <PhotosInput source="photos" />
      </Form>,
    );
    const input = await screen.findByTestId('photos-input');
    expect(within(input).getByRole('button', { name: '移除第 1 张照片' })).toBeTruthy();
    fireEvent.click(within(input).getByRole('button', { name: '移除第 2 张照片' }));
    expect(within(input).queryByRole('button', { name: '移除第 2 张照片' })).toBeNull();
    expect(within(input).getAllByTestId('photo-thumb')).toHaveLength(1);
  });
});
