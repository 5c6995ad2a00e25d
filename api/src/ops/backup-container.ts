import { once } from 'node:events';
import type { Writable } from 'node:stream';

/**
 * The plain contents of a backup (before compression and encryption): named entries one after another, each a run of
 * length-prefixed chunks ended by an empty one, so that an entry can be written while its size is still unknown (a
 * table read through a cursor). The end of the container is an entry with an empty name.
 *
 * Entry: u16 name length, name (UTF-8), then chunks: u32 length + bytes, ended by u32 0.
 */
const MAX_CHUNK = 4 * 1024 * 1024;

export class ContainerWriter {
  constructor(private readonly out: Writable) {}

  private async write(bytes: Buffer): Promise<void> {
    if (!this.out.write(bytes)) await once(this.out, 'drain');
  }

  /** Starts an entry whose bytes follow through `data` until `endEntry`. */
  async beginEntry(name: string): Promise<void> {
    if (!name) throw new Error('entry needs a name');
    await this.begin(name);
  }

  async data(bytes: Buffer): Promise<void> {
    if (bytes.length) await this.chunk(bytes);
  }

  async endEntry(): Promise<void> {
    await this.write(Buffer.alloc(4));
  }

  private async begin(name: string): Promise<void> {
    const encoded = Buffer.from(name, 'utf8');
    if (encoded.length > 0xffff) throw new Error('entry name too long');
    const length = Buffer.alloc(2);
    length.writeUInt16BE(encoded.length);
    await this.write(Buffer.concat([length, encoded]));
  }

  private async chunk(bytes: Buffer): Promise<void> {
    for (let at = 0; at < bytes.length; at += MAX_CHUNK) {
      const part = bytes.subarray(at, at + MAX_CHUNK);
      const length = Buffer.alloc(4);
      length.writeUInt32BE(part.length);
      await this.write(Buffer.concat([length, part]));
    }
  }

  /** Writes one entry from a sequence of byte runs. */
  async entry(name: string, body: AsyncIterable<Buffer> | Iterable<Buffer>): Promise<void> {
    await this.beginEntry(name);
    for await (const bytes of body) await this.data(bytes);
    await this.endEntry();
  }

  async json(name: string, value: unknown): Promise<void> {
    await this.entry(name, [Buffer.from(JSON.stringify(value), 'utf8')]);
  }

  async end(): Promise<void> {
    await this.begin('');
    this.out.end();
  }
}

/** Reads exactly the bytes asked for from a stream of buffers. */
class ByteReader {
  private buffer: Buffer = Buffer.alloc(0);
  private done = false;
  constructor(private readonly source: AsyncIterator<Buffer>) {}

  async exactly(n: number): Promise<Buffer> {
    if (this.buffer.length < n) {
      const parts = [this.buffer];
      let have = this.buffer.length;
      while (have < n) {
        if (this.done) throw new Error('backup contents end early');
        const next = await this.source.next();
        if (next.done) this.done = true;
        else {
          parts.push(next.value);
          have += next.value.length;
        }
      }
      this.buffer = Buffer.concat(parts);
    }
    const out = this.buffer.subarray(0, n);
    this.buffer = this.buffer.subarray(n);
    return out;
  }

  async atEnd(): Promise<boolean> {
    while (!this.buffer.length && !this.done) {
      const next = await this.source.next();
      if (next.done) this.done = true;
      else this.buffer = next.value;
    }
    return !this.buffer.length && this.done;
  }
}

export interface ContainerEntry {
  name: string;
  /** The entry's bytes, chunk by chunk; must be read to the end before the next entry. */
  body: AsyncIterable<Buffer>;
}

/** The entries of a container in order. */
export async function* readContainer(source: AsyncIterable<Buffer>): AsyncGenerator<ContainerEntry> {
  const reader = new ByteReader(source[Symbol.asyncIterator]());
  for (;;) {
    const nameLength = (await reader.exactly(2)).readUInt16BE(0);
    if (nameLength === 0) {
      if (!(await reader.atEnd())) throw new Error('backup contents continue after their end');
      return;
    }
    const name = (await reader.exactly(nameLength)).toString('utf8');
    let finished = false;
    const body = async function* () {
      for (;;) {
        const length = (await reader.exactly(4)).readUInt32BE(0);
        if (length === 0) break;
        if (length > MAX_CHUNK) throw new Error('backup contents are damaged');
        yield await reader.exactly(length);
      }
      finished = true;
    };
    yield { name, body: body() };
    if (!finished) throw new Error(`entry ${name} was not read to its end`);
  }
}

/** An entry's whole body, for small entries (the manifest). */
export async function readAll(body: AsyncIterable<Buffer>): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const part of body) parts.push(part);
  return Buffer.concat(parts);
}

/** Splits a body of newline-ended lines into lines (without the newline). */
export async function* lines(body: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  let rest: Buffer = Buffer.alloc(0);
  for await (const part of body) {
    let buffer = rest.length ? Buffer.concat([rest, part]) : part;
    let nl = buffer.indexOf(0x0a);
    while (nl >= 0) {
      yield buffer.subarray(0, nl);
      buffer = buffer.subarray(nl + 1);
      nl = buffer.indexOf(0x0a);
    }
    rest = buffer;
  }
  if (rest.length) throw new Error('backup table data ends in the middle of a row');
}
