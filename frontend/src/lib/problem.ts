import type { components } from '@/api/schema';

export type Problem = components['schemas']['Problem'];
export type Violation = components['schemas']['Violation'];

/**
 * An answer of the API that is not a success, carrying its problem document (RFC 9457) when the
 * server sent one. The server already words `title`, `detail` and each violation's `message` in
 * the request's language (Accept-Language), so the UI shows them as they come.
 */
export class ProblemError extends Error {
  readonly status: number;
  readonly problem: Problem | undefined;

  constructor(status: number, problem: Problem | undefined) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
    this.name = 'ProblemError';
    this.status = status;
    this.problem = problem;
  }

  /** The last path segment of the problem type: `validation`, `stale-version`, ... */
  get kind(): string | undefined {
    return this.problem?.type?.split('/').pop();
  }

  get violations(): Violation[] {
    return this.problem?.violations ?? [];
  }

  static from(response: Response, body: unknown): ProblemError {
    return new ProblemError(response.status, isProblem(body) ? body : undefined);
  }
}

export function isProblem(value: unknown): value is Problem {
  return typeof value === 'object' && value !== null && 'status' in value && 'title' in value;
}

/**
 * A violation's `field` as antd Form names it: `legalBases[0].number` -> ['legalBases', 0, 'number'].
 * The request body's root is named by the server as `body` in some places; it is dropped.
 */
export function fieldPath(field: string): (string | number)[] {
  return field
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter((part) => part.length > 0 && part !== 'body')
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}
