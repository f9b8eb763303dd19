// An import's file is received completely before any transaction opens: an upload (or any stream) is written to a
// temporary file — its own directory (0700), the file 0600 — within a size limit and a deadline; then the import's
// one short transaction reads it from disk, and the file is removed whatever happens. A slow or stalled sender thus
// holds a socket and a file, never the database.
import { createReadStream, createWriteStream, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { AppError } from '../shared/errors.ts';

/** A file complete on disk, and its size. */
export interface ImportFile {
  path: string;
  bytes: number;
}

/** What an import reads: a file already on disk, or a stream that is received to one first. */
export type ImportInput = Readable | ImportFile;

export interface ReceiveLimits {
  /** The largest file accepted: beyond it, 413 naming the limit. */
  maxBytes: number;
  /** Seconds allowed for the whole file to arrive: beyond them, 408 naming the limit. None when unset. */
  timeoutS?: number;
  /** Told the bytes received so far, as they arrive. */
  onBytes?: (bytes: number) => void;
}

/** The limit on a stream handed to importFile directly (a pipe on the CLI, a test): 1 GiB. Uploads have their own. */
export const DEFAULT_MAX_BYTES = 1 << 30;

export const isImportFile = (input: ImportInput): input is ImportFile =>
  typeof (input as ImportFile).path === 'string' && typeof (input as ImportFile).bytes === 'number';

/**
 * A file named on the command line: read in place when it is a regular file; anything else (a pipe, a device) is a
 * stream, received to a temporary file first like an upload.
 */
export function localFile(path: string): ImportInput {
  const stat = statSync(path);
  return stat.isFile() ? { path, bytes: stat.size } : createReadStream(path);
}

/** 413 for a file over `maxBytes`, naming the limit in MB and the setting that changes it. */
export const tooLarge = (maxBytes: number) =>
  new AppError(413, 'upload_too_large', { limit: Math.floor(maxBytes / (1 << 20)).toLocaleString('en') });

/** Runs `use` on the stream's content once it is all on disk; the temporary file is removed afterwards. */
export async function withReceivedFile<T>(
  input: Readable,
  limits: ReceiveLimits,
  use: (file: ImportFile) => Promise<T>,
): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'phongdich-upload-'));
  try {
    const path = join(dir, 'file');
    const bytes = await receive(input, path, limits);
    return await use({ path, bytes });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Copies `input` to a new file at `path`. On a refusal the input is left undestroyed and drained (what follows is
 * read and dropped), so that an HTTP request can still be answered before its connection closes.
 */
function receive(input: Readable, path: string, limits: ReceiveLimits): Promise<number> {
  return new Promise((resolve, reject) => {
    const out = createWriteStream(path, { flags: 'wx', mode: 0o600 });
    let bytes = 0;
    let ended = false;
    let failed = false;
    const timer =
      limits.timeoutS === undefined
        ? undefined
        : setTimeout(
            () => fail(new AppError(408, 'upload_timeout', { seconds: limits.timeoutS! })),
            limits.timeoutS * 1000,
          );
    const fail = (e: unknown) => {
      if (failed) return;
      failed = true;
      clearTimeout(timer);
      input.off('data', onData);
      input.resume(); // drop the rest; the caller answers and closes the connection
      out.destroy();
      out.once('close', () => reject(e)); // the file is closed before the caller removes it
    };
    const onData = (chunk: Buffer) => {
      bytes += chunk.length;
      if (bytes > limits.maxBytes) return fail(tooLarge(limits.maxBytes));
      limits.onBytes?.(bytes);
      if (!out.write(chunk)) {
        input.pause();
        out.once('drain', () => input.resume());
      }
    };
    input.on('data', onData);
    input.once('end', () => {
      ended = true;
      clearTimeout(timer);
      if (!failed) out.end();
    });
    // A sender that goes away before the end (a closed connection) leaves no file to import.
    input.once('close', () => ended || fail(new Error('the upload was interrupted before its end')));
    input.on('error', fail);
    out.on('error', fail);
    out.once('finish', () => !failed && resolve(bytes));
  });
}
