// Bytes for a SiteModel, to store as a BLOB/bytea and reload after a restart
// with bit-identical predictions. Layout:
//   "SIFTLM" | u16 format version | u32 header length | header JSON | payload
// The header holds the options, decision count and small state (JSON numbers
// round-trip doubles exactly). The payload is sparse (sparse-tables.ts): the
// reject model's z/n, each reason model's z/n, then NB's counts, then the
// agreement ring buffer. It is not compressed: deflate at its fastest made a
// model of 13,000 decisions a fifth smaller (1.9 MB instead of 2.4 MB) but
// took three quarters of a save's time, all of it holding up requests.
//
// Only this version is read: versions 1 to 3 cut other features from their
// own tokens (and version 3 had 2^18-bucket tables), so their weights mean
// nothing to this code; version 4 was the same tables deflated. The header
// also records the scorer version whose sentiment tokens the model read
// (model-words.ts): a model learned from other tokens is not read either. A
// server that finds a model it does not read rebuilds it from the decision log.
import { endianness } from 'node:os';
import type { BlendState } from './log-odds-blend';
import type { SiteModelOptions, SiteModelState } from './site-model';
import { encodeSparse, SparseReader } from './sparse-tables';
import { WORDS_VERSION } from './model-words';

const MAGIC = 'SIFTLM';
export const MODEL_FORMAT_VERSION = 5;

interface Header {
  options: SiteModelOptions;
  /** WORDS_VERSION of the tokens the model learned from. */
  words: string;
  decisions: number;
  reasonCounts: number[];
  agreement: { window: number; next: number; filled: number };
  reasonTables: number;
  bayesTotals?: number[];
  blend?: BlendState;
}

function assertLittleEndian(): void {
  // Typed-array bytes are written as the machine holds them.
  if (endianness() !== 'LE') throw new Error('model serialisation needs a little-endian machine');
}

export function encodeModel(state: SiteModelState): Buffer {
  assertLittleEndian();
  const header: Header = {
    options: state.options,
    words: WORDS_VERSION,
    decisions: state.decisions,
    reasonCounts: state.reasonCounts,
    agreement: { window: state.agreement.window, next: state.agreement.next, filled: state.agreement.filled },
    reasonTables: state.reasons.length,
    ...(state.bayes ? { bayesTotals: state.bayes.totals } : {}),
    ...(state.blend ? { blend: state.blend } : {}),
  };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const parts = [state.reject, ...state.reasons].map((t) => encodeSparse([t.z, t.n]));
  if (state.bayes) parts.push(encodeSparse([state.bayes.pos, state.bayes.neg]));
  parts.push(Buffer.from(state.agreement.outcomes));

  const prefix = Buffer.alloc(MAGIC.length + 6);
  prefix.write(MAGIC, 0, 'latin1');
  prefix.writeUInt16LE(MODEL_FORMAT_VERSION, MAGIC.length);
  prefix.writeUInt32LE(headerBytes.length, MAGIC.length + 2);
  return Buffer.concat([prefix, headerBytes, ...parts]);
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
  if (header.words !== WORDS_VERSION) throw new Error(`site model learned from other words (${header.words}, now ${WORDS_VERSION})`);
  const payload = bytes.subarray(headerStart + headerLength);
  const { bits, reasonBits } = header.options;

  const reader = new SparseReader(payload);
  const tables = reader.read(2, 2 ** bits);
  for (let r = 0; r < header.reasonTables; r++) tables.push(...reader.read(2, 2 ** reasonBits));
  let bayes: SiteModelState['bayes'];
  if (header.bayesTotals) {
    const [pos, neg] = reader.read(2, 2 ** bits) as [Float32Array, Float32Array];
    bayes = { pos, neg, totals: header.bayesTotals };
  }
  const outcomes = reader.rest(header.agreement.window);
  const table = (i: number) => ({ z: tables[2 * i] as Float32Array, n: tables[2 * i + 1] as Float32Array });
  return {
    options: header.options,
    decisions: header.decisions,
    reasonCounts: header.reasonCounts,
    agreement: { ...header.agreement, outcomes },
    reject: table(0),
    reasons: Array.from({ length: header.reasonTables }, (_, r) => table(r + 1)),
    ...(bayes ? { bayes } : {}),
    ...(header.blend ? { blend: header.blend } : {}),
  };
}
