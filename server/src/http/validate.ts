import type { z } from 'zod';
import { ApiError } from './api-error';

/** Parses `value` with `schema` or throws a 400 naming the field paths. */
export function validate<T extends z.ZodType>(schema: T, value: unknown, prefix: (string | number)[] = []): z.infer<T> {
  const result = schema.safeParse(value);
  if (!result.success) throw ApiError.fromZod(result.error, prefix);
  return result.data;
}

export function parseId(raw: string | undefined, what = 'id'): number {
  const id = Number(raw);
  if (!raw || !/^\d{1,15}$/.test(raw) || !Number.isSafeInteger(id) || id < 1) {
    throw ApiError.notFound(what);
  }
  return id;
}
