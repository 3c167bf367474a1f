import type { components } from '@/api/schema';
import { isProblem, ProblemError } from '@/lib/problem';

type Attachment = components['schemas']['Attachment'];

export interface UploadCallbacks {
  onProgress: (percent: number) => void;
  onDone: (attachment: Attachment) => void;
  onFail: (error: unknown) => void;
}

/**
 * Sends one evidence file as `multipart/form-data` (field `file`, as the contract names it) with
 * XMLHttpRequest, which reports the upload's progress where `fetch` cannot. The session cookie goes
 * with it (same origin). Returns the request so the caller can abort it.
 */
export function uploadAttachment(submissionId: string, file: File, language: string, callbacks: UploadCallbacks): XMLHttpRequest {
  const xhr = new XMLHttpRequest();
  xhr.open('POST', `/api/v1/submissions/${encodeURIComponent(submissionId)}/attachments`);
  xhr.withCredentials = true;
  xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
  xhr.setRequestHeader('Accept-Language', language);
  xhr.upload.onprogress = (event) => {
    if (event.lengthComputable && event.total > 0) {
      callbacks.onProgress(Math.round((event.loaded / event.total) * 100));
    }
  };
  xhr.onload = () => {
    let body: unknown;
    try {
      body = xhr.responseText ? JSON.parse(xhr.responseText) : undefined;
    } catch {
      body = undefined;
    }
    if (xhr.status >= 200 && xhr.status < 300) {
      callbacks.onDone(body as Attachment);
    } else {
      callbacks.onFail(new ProblemError(xhr.status, isProblem(body) ? body : undefined));
    }
  };
  xhr.onerror = () => callbacks.onFail(new TypeError('network'));
  const data = new FormData();
  data.append('file', file, file.name);
  xhr.send(data);
  return xhr;
}
