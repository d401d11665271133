/**
 * Where a tokenizer collects one comment's tokens: one buffer reused for
 * every comment (tokenizing is synchronous), its tokens copied out into an
 * array of their exact number. Growing a new array push by push allocates
 * and copies it two or three times over. It holds the last comment's tokens
 * until the next.
 */
export class TokenBuffer<T> {
  private readonly items: T[] = [];
  private count = 0;
  /** Starts a comment's tokens: any left by a tokenizer that threw half-way are dropped, not handed to the next comment. */
  begin(): void {
    this.count = 0;
  }
  push(token: T): void {
    this.items[this.count++] = token;
  }
  /** The tokens pushed since the last `take`, which empties the buffer. */
  take(): T[] {
    const tokens = this.items.slice(0, this.count);
    this.count = 0;
    return tokens;
  }
}
