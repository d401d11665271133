import { z } from 'zod';

// Server-Sent Events on GET /api/events. `id:` is a monotonically increasing
// event id; a client reconnecting with Last-Event-ID receives what it missed.
export const EventType = z.enum(['comment.created', 'comment.decided', 'counts.changed']);
export type EventType = z.infer<typeof EventType>;

export interface CommentCreatedEvent { type: 'comment.created'; commentId: number; articleId: number; status: string; priority: number }
export interface CommentDecidedEvent { type: 'comment.decided'; commentId: number; fromStatus: string | null; toStatus: string; version: number; moderatorId: string | null; source: 'human' | 'rule' }
export interface CountsChangedEvent { type: 'counts.changed' }
export type SiftEvent = CommentCreatedEvent | CommentDecidedEvent | CountsChangedEvent;
