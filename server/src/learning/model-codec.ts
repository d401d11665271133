// Bytes for a SiteModel, to store as a BLOB/bytea and reload after a restart
// with bit-identical predictions. Layout:
//   "SIFTLM" | u16 format version | u32 header length | header JSON | deflate(payload)
// The header holds the options, decision count and small state; the payload
// is the raw little-endian Float32 tables (z, n of the reject model, then of
// each reason model) followed by the agreement ring buffer. Float32 is the
// in-memory type too, so nothing is rounded on the way out.
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { endianness } from 'node:os';
import type { SiteModelOptions, SiteModelState } from './site-model';

const MAGIC = 'SIFTLM';
export const MODEL_FORMAT_VERSION = 1;

interface Header {
  options: SiteModelOptions;
  decisions: number;
  reasonCounts: number[];
  agreement: { window: number; next: number; filled: number };
  reasonTables: number;
}

function assertLittleEndian(): void {
  // Typed-array bytes are written as the machine holds them.
  if (endianness() !== 'LE') throw new Error('model serialisation needs a little-endian machine');
}

export function encodeModel(state: SiteModelState): Buffer {
  assertLittleEndian();
  const header: Header = {
    options: state.options,
    decisions: state.decisions,
    reasonCounts: state.reasonCounts,
    agreement: { window: state.agreement.window, next: state.agreement.next, filled: state.agreement.filled },
    reasonTables: state.reasons.length,
  };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const tables = [state.reject, ...state.reasons].flatMap((t) => [t.z, t.n]);
  const parts = tables.map((a) => Buffer.from(a.buffer, a.byteOffset, a.byteLength));
  parts.push(Buffer.from(state.agreement.outcomes));
  const payload = deflateRawSync(Buffer.concat(parts), { level: 6 });

  const prefix = Buffer.alloc(MAGIC.length + 6);
  prefix.write(MAGIC, 0, 'latin1');
  prefix.writeUInt16LE(MODEL_FORMAT_VERSION, MAGIC.length);
  prefix.writeUInt32LE(headerBytes.length, MAGIC.length + 2);
  return Buffer.concat([prefix, headerBytes, payload]);
}

export function decodeModel(bytes: Buffer): SiteModelState {
  assertLittleEndian();
  if (bytes.length < MAGIC.length + 6 || bytes.toString('latin1', 0, MAGIC.length) !== MAGIC) {
    throw new Error('not a Sift site model');
  }
  const version = bytes.readUInt16LE(MAGIC.length);
  if (version !== MODEL_FORMAT_VERSION) throw new Error(`unsupported site model format version ${version}`);
  const headerLength = bytes.readUInt32LE(MAGIC.length + 2);
  const headerStart = MAGIC.length + 6;
  const header = JSON.parse(bytes.toString('utf8', headerStart, headerStart + headerLength)) as Header;
  const payload = inflateRawSync(bytes.subarray(headerStart + headerLength));

  const { bits, reasonBits } = header.options;
  const sizes = [2 ** bits, 2 ** bits];
  for (let r = 0; r < header.reasonTables; r++) sizes.push(2 ** reasonBits, 2 ** reasonBits);
  const expected = sizes.reduce((a, s) => a + s * 4, 0) + header.agreement.window;
  if (payload.length !== expected) throw new Error('site model payload is truncated or corrupt');

  let offset = 0;
  const arrays = sizes.map((size) => {
    // Copy into a fresh, aligned buffer: the inflated one may be pooled.
    const a = new Float32Array(size);
    new Uint8Array(a.buffer).set(payload.subarray(offset, offset + size * 4));
    offset += size * 4;
    return a;
  });
  const outcomes = new Uint8Array(payload.subarray(offset, offset + header.agreement.window));
  const table = (i: number) => ({ z: arrays[2 * i] as Float32Array, n: arrays[2 * i + 1] as Float32Array });
  return {
    options: header.options,
    decisions: header.decisions,
    reasonCounts: header.reasonCounts,
    agreement: { ...header.agreement, outcomes },
    reject: table(0),
    reasons: Array.from({ length: header.reasonTables }, (_, r) => table(r + 1)),
  };
}
