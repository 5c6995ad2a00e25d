import { afterEach, describe, expect, it, vi } from 'vitest';
import { contentTypeOf, downloadFile, errorFromBody, fileNameFromDisposition, uploadFile, XLSX_TYPE } from './files';
import { ApiError, saveSession } from './session';

/** Enough of XMLHttpRequest to watch what uploadFile does and answer it. */
class FakeXhr {
  static last: FakeXhr;
  method = '';
  url = '';
  headers: Record<string, string> = {};
  body: unknown;
  status = 0;
  responseText = '';
  upload: { onprogress: ((e: { lengthComputable: boolean; loaded: number; total: number }) => void) | null } = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;
  constructor() {
    FakeXhr.last = this;
  }
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  send(body: unknown) {
    this.body = body;
  }
  abort() {
    this.onabort?.();
  }
  respond(status: number, body: unknown) {
    this.status = status;
    this.responseText = JSON.stringify(body);
    this.onload?.();
  }
}

const xhr = () => new FakeXhr() as unknown as XMLHttpRequest;

afterEach(() => vi.unstubAllGlobals());

describe('uploadFile', () => {
  it('sends the raw file with its type and the bearer token, and reports progress', async () => {
    saveSession('header.payload.sig', { id: 'u', username: 'bureau', role: 'BUREAU_ADMIN', displayName: '局', scopeRegion: null });
    const progress: number[] = [];
    const file = new File(['x'.repeat(1000)], '名册.xlsx', { type: '' });
    const done = uploadFile(file, { onProgress: (p) => progress.push(p), xhr });
    const request = FakeXhr.last;
    expect(request.method).toBe('POST');
    expect(request.url).toBe('/api/uploads');
    expect(request.headers).toEqual({ Authorization: 'Bearer header.payload.sig', 'Content-Type': XLSX_TYPE });
    expect(request.body).toBe(file);
    request.upload.onprogress!({ lengthComputable: true, loaded: 250, total: 1000 });
    request.upload.onprogress!({ lengthComputable: true, loaded: 1000, total: 1000 });
    request.respond(201, { id: 'f1', mime: XLSX_TYPE, size: 1000 });
    await expect(done).resolves.toEqual({ id: 'f1', mime: XLSX_TYPE, size: 1000 });
    expect(progress).toEqual([0.25, 1, 1]);
  });

  it('turns a refusal into an ApiError with the code and the HTTP status', async () => {
    const done = uploadFile(new File(['x'], 'big.png', { type: 'image/png' }), { xhr });
    FakeXhr.last.respond(413, { errors: [{ message: 'file: too large', extensions: { code: 'BAD_USER_INPUT', field: 'file' } }] });
    const error = (await done.catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.details).toMatchObject({ field: 'file', status: 413 });
  });

  it('cancels with the signal', async () => {
    const controller = new AbortController();
    const done = uploadFile(new File(['x'], 'a.png', { type: 'image/png' }), { xhr, signal: controller.signal });
    controller.abort();
    await expect(done).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('fileNameFromDisposition', () => {
  it('prefers the UTF-8 name (Chinese), then the plain one, then the fallback', () => {
    const header = `attachment; filename="notice-board-141122100201.pdf"; filename*=UTF-8''${encodeURIComponent('城西社区法律顾问公示牌.pdf')}`;
    expect(fileNameFromDisposition(header, 'x.pdf')).toBe('城西社区法律顾问公示牌.pdf');
    expect(fileNameFromDisposition('attachment; filename="roster-filing-3.xlsx"', 'x')).toBe('roster-filing-3.xlsx');
    expect(fileNameFromDisposition('attachment; filename=plain.xlsx', 'x')).toBe('plain.xlsx');
    expect(fileNameFromDisposition(null, 'fallback.pdf')).toBe('fallback.pdf');
    expect(fileNameFromDisposition("attachment; filename*=UTF-8''%E0%A4%A", 'fallback.pdf')).toBe('fallback.pdf');
  });
});

describe('downloadFile', () => {
  it('fetches with the bearer token and saves the blob under the server name', async () => {
    saveSession('t.o.k', { id: 'u', username: 'bureau', role: 'BUREAU_ADMIN', displayName: '局', scopeRegion: null });
    const fetch = vi.fn(
      async () =>
        new Response(new Blob(['%PDF-1.7']), {
          status: 200,
          headers: { 'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent('公示牌.pdf')}` },
        }),
    );
    const createObjectURL = vi.fn(() => 'blob:1');
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    const clicked: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(`${this.download} ${this.href}`);
    });
    await expect(downloadFile('/api/villages/v1/notice-board.pdf', 'x.pdf', fetch as unknown as typeof globalThis.fetch)).resolves.toBe('公示牌.pdf');
    expect(fetch).toHaveBeenCalledWith('/api/villages/v1/notice-board.pdf', { headers: { Authorization: 'Bearer t.o.k' } });
    expect(clicked).toEqual(['公示牌.pdf blob:1']);
    click.mockRestore();
  });

  it('says why a download was refused', async () => {
    const fetch = vi.fn(
      async () => new Response(JSON.stringify({ errors: [{ message: 'no', extensions: { code: 'FORBIDDEN' } }] }), { status: 403 }),
    );
    await expect(downloadFile('/api/x', 'x', fetch as unknown as typeof globalThis.fetch)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('helpers', () => {
  it('guess a type from the extension when the browser gives none', () => {
    expect(contentTypeOf({ name: 'a.XLSX', type: '' })).toBe(XLSX_TYPE);
    expect(contentTypeOf({ name: 'a.jpg', type: '' })).toBe('image/jpeg');
    expect(contentTypeOf({ name: 'a.png', type: 'image/png' })).toBe('image/png');
    expect(contentTypeOf({ name: 'a', type: '' })).toBe('application/octet-stream');
  });

  it('read a non-JSON error body by its status', () => {
    expect(errorFromBody(401, '<html>').code).toBe('UNAUTHENTICATED');
    expect(errorFromBody(502, 'Bad gateway').code).toBe('INTERNAL_SERVER_ERROR');
  });
});
