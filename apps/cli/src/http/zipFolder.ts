import { closeSync, openSync, readdirSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';

/**
 * Packs a flat folder of files (the Markdown export: one file per article) into one zip,
 * so the browser edition can download it as a single file. Entries are deflated one at a
 * time and written as they go; names are UTF-8 (Chinese titles stay readable). A
 * Markdown export is far below zip's 4 GiB limits, so no ZIP64 fields are written.
 */
export function zipFolder(folder: string, out: string, at = new Date()): number {
  const date = ((at.getFullYear() - 1980) << 9) | ((at.getMonth() + 1) << 5) | at.getDate();
  const time = (at.getHours() << 11) | (at.getMinutes() << 5) | Math.floor(at.getSeconds() / 2);
  const fd = openSync(out, 'w');
  const centrals: Buffer[] = [];
  let offset = 0;
  const put = (buffer: Buffer) => {
    writeSync(fd, buffer);
    offset += buffer.length;
  };
  const names = readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => entry.name)
    .sort();
  try {
    for (const name of names) {
      const data = readFileSync(join(folder, name));
      const packed = deflateRawSync(data);
      const nameBytes = Buffer.from(name, 'utf8');
      const crc = crc32(data);
      // version needed, flags (UTF-8 names), method (deflate), time, date, crc, sizes, name length
      const common = Buffer.alloc(26);
      common.writeUInt16LE(20, 0);
      common.writeUInt16LE(0x0800, 2);
      common.writeUInt16LE(8, 4);
      common.writeUInt16LE(time, 6);
      common.writeUInt16LE(date, 8);
      common.writeUInt32LE(crc, 10);
      common.writeUInt32LE(packed.length, 14);
      common.writeUInt32LE(data.length, 18);
      common.writeUInt16LE(nameBytes.length, 22);
      common.writeUInt16LE(0, 24);
      const local = Buffer.alloc(4);
      local.writeUInt32LE(0x04034b50, 0);
      const start = offset;
      put(Buffer.concat([local, common, nameBytes]));
      put(packed);
      const central = Buffer.alloc(46);
      central.writeUInt32LE(0x02014b50, 0);
      central.writeUInt16LE((3 << 8) | 20, 4);
      common.copy(central, 6);
      // comment length, disk, internal attributes: 0; external: a regular file, 0644.
      central.writeUInt32LE((0o100644 << 16) >>> 0, 38);
      central.writeUInt32LE(start, 42);
      centrals.push(Buffer.concat([central, nameBytes]));
    }
    const directoryStart = offset;
    for (const central of centrals) put(central);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(centrals.length, 8);
    end.writeUInt16LE(centrals.length, 10);
    end.writeUInt32LE(offset - directoryStart, 12);
    end.writeUInt32LE(directoryStart, 16);
    put(end);
  } finally {
    closeSync(fd);
  }
  return names.length;
}
