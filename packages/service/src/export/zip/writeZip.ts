import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import type { DeflatedEntrySummary } from './deflatedEntry.ts';

/**
 * Writes a zip from entries already deflated into files of their own (DeflatedEntry).
 * A zip library would compress again and compute its CRC in JavaScript; here the
 * entries were compressed where they were written, possibly on several threads, and this
 * only lays out headers and copies bytes. Sizes or offsets past 4 GiB get ZIP64 fields.
 */
export type ZipEntry = { name: string; data: DeflatedEntrySummary };

const LIMIT32 = 0xffffffff;
const COPY_CHUNK = 8 * 1024 * 1024;
const UTF8_NAMES = 0x0800;
const DEFLATE = 8;
/** Version 4.5 (ZIP64) from Unix, so that the regular-file mode below is read as one. */
const MADE_BY = (3 << 8) | 45;
const REGULAR_FILE = 0o100644;

function dosDateTime(at: Date): { date: number; time: number } {
  return {
    date: ((at.getFullYear() - 1980) << 9) | ((at.getMonth() + 1) << 5) | at.getDate(),
    time: (at.getHours() << 11) | (at.getMinutes() << 5) | Math.floor(at.getSeconds() / 2),
  };
}

function zip64Extra(values: number[]): Buffer {
  const extra = Buffer.alloc(4 + 8 * values.length);
  extra.writeUInt16LE(0x0001, 0);
  extra.writeUInt16LE(8 * values.length, 2);
  values.forEach((value, i) => extra.writeBigUInt64LE(BigInt(value), 4 + 8 * i));
  return extra;
}

export function writeZip(
  path: string,
  entries: ZipEntry[],
  options: { at?: Date; forceZip64?: boolean } = {},
): number {
  const { date, time } = dosDateTime(options.at ?? new Date());
  const force = options.forceZip64 ?? false;
  const fd = openSync(path, 'w');
  let offset = 0;
  const put = (buffer: Buffer) => {
    writeSync(fd, buffer);
    offset += buffer.length;
  };
  const centrals: Buffer[] = [];
  const copyBuffer = Buffer.allocUnsafe(COPY_CHUNK);
  try {
    for (const { name, data } of entries) {
      const nameBytes = Buffer.from(name, 'utf8');
      const start = offset;
      const bigSizes = force || data.bytes >= LIMIT32 || data.compressedBytes >= LIMIT32;
      const bigOffset = force || start >= LIMIT32;
      const version = bigSizes || bigOffset ? 45 : 20;

      const localExtra = bigSizes
        ? zip64Extra([data.bytes, data.compressedBytes])
        : Buffer.alloc(0);
      const local = Buffer.alloc(30);
      local.writeUInt32LE(0x04034b50, 0);
      local.writeUInt16LE(version, 4);
      local.writeUInt16LE(UTF8_NAMES, 6);
      local.writeUInt16LE(DEFLATE, 8);
      local.writeUInt16LE(time, 10);
      local.writeUInt16LE(date, 12);
      local.writeUInt32LE(data.crc32, 14);
      local.writeUInt32LE(bigSizes ? LIMIT32 : data.compressedBytes, 18);
      local.writeUInt32LE(bigSizes ? LIMIT32 : data.bytes, 22);
      local.writeUInt16LE(nameBytes.length, 26);
      local.writeUInt16LE(localExtra.length, 28);
      put(local);
      put(nameBytes);
      if (localExtra.length > 0) put(localExtra);
      copyInto(data.path, copyBuffer, put);

      const centralExtra = zip64Extra([
        ...(bigSizes ? [data.bytes, data.compressedBytes] : []),
        ...(bigOffset ? [start] : []),
      ]);
      const hasExtra = bigSizes || bigOffset;
      const central = Buffer.alloc(46);
      central.writeUInt32LE(0x02014b50, 0);
      central.writeUInt16LE(MADE_BY, 4);
      central.writeUInt16LE(version, 6);
      central.writeUInt16LE(UTF8_NAMES, 8);
      central.writeUInt16LE(DEFLATE, 10);
      central.writeUInt16LE(time, 12);
      central.writeUInt16LE(date, 14);
      central.writeUInt32LE(data.crc32, 16);
      central.writeUInt32LE(bigSizes ? LIMIT32 : data.compressedBytes, 20);
      central.writeUInt32LE(bigSizes ? LIMIT32 : data.bytes, 24);
      central.writeUInt16LE(nameBytes.length, 28);
      central.writeUInt16LE(hasExtra ? centralExtra.length : 0, 30);
      central.writeUInt32LE((REGULAR_FILE << 16) >>> 0, 38);
      central.writeUInt32LE(bigOffset ? LIMIT32 : start, 42);
      centrals.push(central, nameBytes, ...(hasExtra ? [centralExtra] : []));
    }
    const directory = Buffer.concat(centrals);
    const directoryStart = offset;
    put(directory);
    const big64 = force || directoryStart >= LIMIT32 || directory.length >= LIMIT32;
    if (big64) {
      const record = Buffer.alloc(56);
      record.writeUInt32LE(0x06064b50, 0);
      record.writeBigUInt64LE(44n, 4);
      record.writeUInt16LE(MADE_BY, 12);
      record.writeUInt16LE(45, 14);
      record.writeBigUInt64LE(BigInt(entries.length), 24);
      record.writeBigUInt64LE(BigInt(entries.length), 32);
      record.writeBigUInt64LE(BigInt(directory.length), 40);
      record.writeBigUInt64LE(BigInt(directoryStart), 48);
      const recordStart = offset;
      put(record);
      const locator = Buffer.alloc(20);
      locator.writeUInt32LE(0x07064b50, 0);
      locator.writeBigUInt64LE(BigInt(recordStart), 8);
      locator.writeUInt32LE(1, 16);
      put(locator);
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(big64 ? 0xffff : entries.length, 8);
    end.writeUInt16LE(big64 ? 0xffff : entries.length, 10);
    end.writeUInt32LE(big64 ? LIMIT32 : directory.length, 12);
    end.writeUInt32LE(big64 ? LIMIT32 : directoryStart, 16);
    put(end);
  } finally {
    closeSync(fd);
  }
  return offset;
}

function copyInto(path: string, buffer: Buffer, put: (buffer: Buffer) => void): void {
  const fd = openSync(path, 'r');
  try {
    for (;;) {
      const read = readSync(fd, buffer, 0, buffer.length, null);
      if (read === 0) return;
      put(buffer.subarray(0, read));
    }
  } finally {
    closeSync(fd);
  }
}
