import type { ErrorRequestHandler, RequestHandler } from 'express';
import { ErrorCode, type ApiErrorBody } from '@sift/shared';
import { ApiError } from './api-error';
import type { Logger } from '../logger';

function requestId(req: { id?: unknown }): string | undefined {
  return req.id === undefined ? undefined : String(req.id);
}

/** Maps body-parser's errors (which carry `type` and `status`) to our codes. */
function fromBodyParser(err: { type?: string; status?: number; message?: string }): ApiError | null {
  // The router's decoding of a route parameter such as /comments/%ff.
  if (err instanceof URIError) return new ApiError(400, ErrorCode.validation, 'the URL has malformed percent-encoding');
  switch (err.type) {
    case 'entity.too.large':
      return new ApiError(413, ErrorCode.payloadTooLarge, 'request body is larger than the configured limit');
    case 'entity.parse.failed':
      return new ApiError(400, ErrorCode.invalidJson, 'request body is not valid JSON');
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return new ApiError(415, ErrorCode.unsupportedMediaType, err.message ?? 'unsupported encoding');
    default:
      return null;
  }
}

/** The one error middleware: every failure leaves in the shared error shape, never with a stack or SQL. */
export function errorMiddleware(logger: Logger): ErrorRequestHandler {
  return (err, req, res, _next) => {
    const apiError = err instanceof ApiError ? err : fromBodyParser(err as object);
    const id = requestId(req as { id?: unknown });
    if (!apiError) {
      logger.error({ err, reqId: id, url: req.originalUrl }, 'unhandled error');
    }
    const e = apiError ?? new ApiError(500, ErrorCode.internal, 'internal error');
    if (res.headersSent) {
      res.destroy();
      return;
    }
    const body: ApiErrorBody = { error: { code: e.code, message: e.message, requestId: id } };
    if (e.details !== undefined) body.error.details = e.details;
    res.status(e.status).json(body);
  };
}

export const notFoundHandler: RequestHandler = (req, _res, next) => {
  next(new ApiError(404, ErrorCode.notFound, `no route for ${req.method} ${req.path}`));
};
