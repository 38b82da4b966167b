import type { Database } from 'better-sqlite3';

export type SourceFileRow = {
  id: number;
  sha256: string;
  path: string;
  sizeBytes: number;
  mediaType: string;
  encoding: string;
  importedAt: string;
};

export type NewSourceFile = Omit<SourceFileRow, 'id'>;

export function sourceFileRepository(db: Database) {
  const bySha = db.prepare<[string], { id: number }>('SELECT id FROM source_file WHERE sha256 = ?');
  const insert = db.prepare<[string, string, number, string, string, string]>(
    'INSERT INTO source_file (sha256, path, size_bytes, media_type, encoding, imported_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  return {
    idBySha256(sha256: string): number | null {
      return bySha.get(sha256)?.id ?? null;
    },
    insert(file: NewSourceFile): number {
      const result = insert.run(
        file.sha256,
        file.path,
        file.sizeBytes,
        file.mediaType,
        file.encoding,
        file.importedAt,
      );
      return Number(result.lastInsertRowid);
    },
  };
}

export type SourceFileRepository = ReturnType<typeof sourceFileRepository>;
