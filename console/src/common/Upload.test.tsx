import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { ReactElement } from 'react';
import { AdminContext, Form, memoryStore } from 'react-admin';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createI18nProvider } from '../i18n';
import { authProvider } from '../providers/authProvider';
import { dataProvider } from '../providers/dataProvider';
import { saveSession } from '../providers/session';
import { RosterImportPage } from '../pages/rosterImport/RosterImportPage';
import { AdviserPhoto } from '../resources/legalAdvisers/AdviserPhoto';
import { PhotosInput } from '../resources/trainings/PhotosInput';
import { PhotoInput } from '../resources/workLogEntries/WorkLogFields';

const MB = 1024 * 1024;
// Numbers no input carries itself (the server's are 5 MB and 10 MB), so a pass proves they came from the API.
const LIMITS = {
  __typename: 'UploadLimits',
  maxPhotoBytes: 3 * MB,
  maxSpreadsheetBytes: 7 * MB,
  acceptedPhotoTypes: ['image/jpeg', 'image/png'],
  uploadsPerHour: 120,
  megabytesPerDay: 200,
};

/** Records what would be uploaded; answers nothing (a pending upload is enough here). */
class FakeXhr {
  static sent: unknown[] = [];
  upload = { onprogress: null };
  open() {}
  setRequestHeader() {}
  send(body: unknown) {
    FakeXhr.sent.push(body);
  }
  abort() {}
}

function serve() {
  const queries: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_url: string, init: RequestInit) => {
      const body = JSON.parse(String(init.body)) as { query: string };
      queries.push(body.query);
      const data = body.query.includes('uploadLimits') ? { uploadLimits: LIMITS } : {};
      return new Response(JSON.stringify({ data }), { status: 200, headers: { 'content-type': 'application/json' } });
    }),
  );
  FakeXhr.sent = [];
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
  return queries;
}

let session = 0;
function renderSignedIn(element: ReactElement) {
  // A new token each time: the limits are read once per sign-in.
  session += 1;
  saveSession(`header.payload${session}.signature`, { id: 'u', username: 'bureau', role: 'BUREAU_ADMIN', displayName: 'B', scopeRegion: null });
  return render(
    <AdminContext dataProvider={dataProvider} authProvider={authProvider} i18nProvider={createI18nProvider('zh-CN')} store={memoryStore()}>
      {element}
    </AdminContext>,
  );
}

const choose = (input: HTMLElement, file: File) => fireEvent.change(input, { target: { files: [file] } });
const bytes = (size: number, name: string, type: string) => new File([new Uint8Array(size)], name, { type });

afterEach(() => vi.unstubAllGlobals());

// Whole forms with react-admin around them: slow on a loaded two-core machine.
describe('upload inputs take their limits from the API (uploadLimits)', { timeout: 20_000 }, () => {
  it.each<[string, () => ReactElement, string]>([
    [
      'work-log and highlight photos',
      () => (
        <Form>
          <PhotoInput source="photoIds" label="fq.workLog.add_photo" />
        </Form>
      ),
      'photo-file-photoIds',
    ],
    [
      'training photos',
      () => (
        <Form>
          <PhotosInput source="photos" />
        </Form>
      ),
      'training-photo-input',
    ],
    ['the adviser’s photo', () => <AdviserPhoto adviser={{ id: 'a1', name: '李明华' }} />, 'photo-input'],
  ])('%s: size limit, types and help text from the API; a file over the limit is never sent', async (_label, element, testId) => {
    const queries = serve();
    renderSignedIn(element());
    const input = await screen.findByTestId(testId);
    await waitFor(() => expect(input.getAttribute('accept')).toBe('image/jpeg,image/png'));
    expect(queries.filter((q) => q.includes('uploadLimits'))).toHaveLength(1);
    expect(screen.getByText(/JPEG \/ PNG.*3 MB/)).toBeTruthy();

    choose(input, bytes(3 * MB + 1, 'big.jpg', 'image/jpeg'));
    expect(await screen.findByText('文件过大：不超过 3 MB')).toBeTruthy();
    choose(input, bytes(100, 'phone.webp', 'image/webp'));
    expect(await screen.findByText('文件类型不符或文件已损坏：请选择 JPEG / PNG')).toBeTruthy();
    expect(FakeXhr.sent).toHaveLength(0);

    choose(input, bytes(3 * MB, 'ok.jpg', 'image/jpeg'));
    await waitFor(() => expect(FakeXhr.sent).toHaveLength(1));
  });

  it('the roster import takes its workbook limit from the API', async () => {
    serve();
    renderSignedIn(<RosterImportPage />);
    fireEvent.click(await screen.findByTestId('import-next'));
    expect(await screen.findByText('.xlsx 文件，不超过 7 MB')).toBeTruthy();
    const input = screen.getByTestId('import-file');
    choose(input, bytes(7 * MB + 1, '名册.xlsx', ''));
    expect(await screen.findByText('文件过大：不超过 7 MB')).toBeTruthy();
    expect(FakeXhr.sent).toHaveLength(0);
  });
});
