import { apiErrorFrom, ApiError, getToken } from './session';

/*
 * Files beside GraphQL: uploads (POST /api/uploads, the raw file as the body) and Bearer-protected downloads (PDF,
 * XLSX). A plain <a href> cannot send the Authorization header, so downloads are fetched and saved from a blob.
 */

export const UPLOAD_URL = '/api/uploads';
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const CSV_TYPE = 'text/csv';

export interface Uploaded {
  id: string;
  mime: string;
  size: number;
}

/** The type to send for a file: the browser's, or from the extension when it has none (some systems give xlsx none). */
export function contentTypeOf(file: { name: string; type: string }): string {
  if (file.type) return file.type;
  const ext = file.name.toLowerCase().split('.').pop();
  return (
    (
      {
        xlsx: XLSX_TYPE,
        csv: CSV_TYPE,
        jpg: 'image/jpeg',
        jpeg: 'image/jpeg',
        png: 'image/png',
        webp: 'image/webp',
        pdf: 'application/pdf',
      } as Record<string, string>
    )[ext ?? ''] ?? 'application/octet-stream'
  );
}

/** The API's error body (`{ errors: [{ message, extensions: { code } }] }`) as an ApiError. */
export function errorFromBody(status: number, text: string): ApiError {
  try {
    const body = JSON.parse(text) as { errors?: { message?: string; extensions?: { code?: string; field?: string } }[] };
    const first = body.errors?.[0];
    if (first) {
      const error = apiErrorFrom(first, status);
      // 413 (file too large) and 415 (type) come with BAD_USER_INPUT or a code of their own: keep the status.
      return new ApiError(error.code, error.message, { ...error.details, status });
    }
  } catch {
    // not JSON: fall through
  }
  return apiErrorFrom(undefined, status);
}

/**
 * Uploads a file with XMLHttpRequest so that progress can be shown (fetch reports none for request bodies).
 * `onProgress` gets a fraction from 0 to 1.
 */
export function uploadFile(
  file: File | (Blob & { name?: string }),
  {
    onProgress,
    signal,
    xhr: makeXhr = () => new XMLHttpRequest(),
    url = UPLOAD_URL,
    method = 'POST',
  }: {
    onProgress?: (fraction: number) => void;
    signal?: AbortSignal;
    xhr?: () => XMLHttpRequest;
    /** Another upload route (an agreement's signed scan: PUT to the case's own URL). */
    url?: string;
    method?: 'POST' | 'PUT';
  } = {},
): Promise<Uploaded> {
  return new Promise((resolve, reject) => {
    const xhr = makeXhr();
    xhr.open(method, url);
    const token = getToken();
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.setRequestHeader('Content-Type', contentTypeOf({ name: (file as File).name ?? '', type: file.type }));
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress?.(Math.min(1, event.loaded / event.total));
    };
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress?.(1);
        try {
          resolve(JSON.parse(xhr.responseText) as Uploaded);
        } catch {
          reject(new ApiError('INTERNAL_SERVER_ERROR', 'Bad upload response'));
        }
      } else {
        reject(errorFromBody(xhr.status, xhr.responseText));
      }
    };
    xhr.onerror = () => reject(new ApiError('NETWORK', 'Upload failed'));
    xhr.onabort = () => reject(new DOMException('Upload cancelled', 'AbortError'));
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(file);
  });
}

/** The file name from `Content-Disposition`, preferring RFC 5987's UTF-8 `filename*` (Chinese names). */
export function fileNameFromDisposition(header: string | null | undefined, fallback: string): string {
  if (!header) return fallback;
  const star = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header);
  if (star) {
    try {
      return decodeURIComponent(star[1]!.trim().replace(/^"|"$/g, ''));
    } catch {
      // malformed escape: try the plain name
    }
  }
  const plain = /filename\s*=\s*"([^"]*)"|filename\s*=\s*([^;]+)/.exec(header);
  const name = plain?.[1] ?? plain?.[2]?.trim();
  return name || fallback;
}

/**
 * The body of a response as a Blob, reporting progress (0–1) when the server says how long it is (`Content-Length`,
 * which the exports send): a ledger of a whole county takes a while on a township's line.
 */
export async function readWithProgress(response: Response, onProgress?: (fraction: number) => void): Promise<Blob> {
  const total = Number(response.headers.get('content-length'));
  if (!onProgress || !response.body || !Number.isFinite(total) || total <= 0) return response.blob();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  onProgress(0);
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    loaded += value.byteLength;
    onProgress(Math.min(1, loaded / total));
  }
  return new Blob(chunks as BlobPart[], { type: response.headers.get('content-type') ?? '' });
}

/** Fetches a Bearer-protected file and hands it to the browser as a download. Resolves to the saved file name. */
export async function downloadFile(
  url: string,
  fallbackName: string,
  fetchImpl: typeof fetch = (...a) => fetch(...a),
  onProgress?: (fraction: number) => void,
): Promise<string> {
  const token = getToken();
  let response: Response;
  try {
    response = await fetchImpl(url, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  } catch (e) {
    throw new ApiError('NETWORK', e instanceof Error ? e.message : 'Network error');
  }
  if (!response.ok) throw errorFromBody(response.status, await response.text().catch(() => ''));
  const blob = await readWithProgress(response, onProgress);
  const name = fileNameFromDisposition(response.headers.get('content-disposition'), fallbackName);
  const href = URL.createObjectURL(blob);
  try {
    const a = document.createElement('a');
    a.href = href;
    a.download = name;
    a.style.display = 'none';
    document.body.appendChild(a);
    a.click();
    a.remove();
  } finally {
    // Give the browser a moment to start the download before the blob goes.
    setTimeout(() => URL.revokeObjectURL(href), 10_000);
  }
  return name;
}
