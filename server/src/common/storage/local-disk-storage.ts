import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { assertStorageKey, type FileStorage } from './file-storage';

/**
 * Files on the local disk under `root` (`<DATA_DIR>/files`), fanned out in two directory levels
 * by the key's first four hex digits: `ab/cd/abcd…`. A write goes to a `.part-…` file next to
 * its target and is renamed into place only once complete, so readers never see a partial file
 * and a failed write leaves nothing behind.
 */
export class LocalDiskStorage implements FileStorage {
  constructor(readonly root: string) {}

  /** The absolute path of a key (validated: only generated keys map to paths). */
  pathOf(key: string): string {
    assertStorageKey(key);
    return path.join(this.root, key.slice(0, 2), key.slice(2, 4), key);
  }

  async put(key: string, body: Readable | Buffer): Promise<{ size: number }> {
    const target = this.pathOf(key);
    const source = Buffer.isBuffer(body) ? Readable.from([body]) : body;
    // The source may fail while the directory is being made; pipeline() still sees `errored`.
    const ignore = () => {};
    source.on('error', ignore);
    let size = 0;
    const count = new Transform({
      transform(chunk: Buffer, _enc, done) {
        size += chunk.length;
        done(null, chunk);
      },
    });
    await mkdir(path.dirname(target), { recursive: true });
    const temp = `${target}.part-${randomBytes(6).toString('hex')}`;
    // Opened before streaming, so the clean-up below never races a pending open.
    const handle = await open(temp, 'wx', 0o640);
    try {
      await pipeline(source, count, handle.createWriteStream());
      await rename(temp, target);
    } catch (err) {
      await handle.close().catch(ignore);
      await rm(temp, { force: true });
      throw err;
    } finally {
      source.off('error', ignore);
    }
    return { size };
  }

  async get(key: string): Promise<Readable> {
    // Open first so a missing file rejects here rather than failing mid-response.
    const handle = await open(this.pathOf(key), 'r');
    return handle.createReadStream({ autoClose: true });
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }
}
