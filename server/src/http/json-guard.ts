import type { RequestHandler } from 'express';
import { ErrorCode } from '@sift/shared';
import { ApiError } from './api-error';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_DEPTH = 32;

/** Finds the first path that is too deep or uses a prototype-pollution key. */
function findProblem(value: unknown, depth: number, path: (string | number)[]): { path: (string | number)[]; why: string } | null {
  if (depth > MAX_DEPTH) return { path, why: `nested deeper than ${MAX_DEPTH} levels` };
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const p = findProblem(value[i], depth + 1, [...path, i]);
      if (p) return p;
    }
  } else if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) return { path: [...path, key], why: `key "${key}" is not allowed` };
      const p = findProblem((value as Record<string, unknown>)[key], depth + 1, [...path, key]);
      if (p) return p;
    }
  }
  return null;
}

/**
 * Rejects JSON bodies that no real client sends: very deep nesting (a cheap
 * denial of service on every later walk) and prototype-pollution keys.
 */
export const jsonGuard: RequestHandler = (req, _res, next) => {
  if (req.body !== undefined && req.is('application/json')) {
    const problem = findProblem(req.body, 0, []);
    if (problem) {
      next(new ApiError(400, ErrorCode.validation, `invalid input at ${problem.path.join('.') || '(root)'}: ${problem.why}`, {
        issues: [{ path: problem.path, message: problem.why }],
      }));
      return;
    }
  }
  next();
};

/** State-changing API calls must say they send JSON (imports have their own route). */
export const requireJson: RequestHandler = (req, _res, next) => {
  const writes = req.method === 'POST' || req.method === 'PUT' || req.method === 'PATCH';
  const hasBody = Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;
  if (writes && hasBody && !req.is('application/json')) {
    next(new ApiError(415, ErrorCode.unsupportedMediaType, 'send the request body as application/json'));
    return;
  }
  next();
};
