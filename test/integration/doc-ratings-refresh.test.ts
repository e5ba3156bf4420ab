/**
 * A database whose repositories were rated by an earlier rating: on open, each rating is redone
 * from the stored snapshot, once; current ratings are left alone.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../electron/core/app-context';
import { DOC_RATING_VERSION } from '../../shared/doc-status';
import { useTempDir } from '../support/temp';

const tempDir = useTempDir();

const README = '# notes\n\nUna API REST para guardar notas cortas con etiquetas y búsqueda de texto completo, escrita en Go con PostgreSQL. Cada nota pertenece a una cuenta, las etiquetas se escriben con almohadilla y un índice de texto completo encuentra cualquier palabra en milisegundos.\n\n## Cómo funciona\n\nLas rutas validan cada petición, los servicios guardan las notas en PostgreSQL y las migraciones se aplican al arrancar, así que no hace falta preparar nada a mano.\n\n## Instalación\n\n```sh\ndocker compose up\n```\n\n## Uso\n\n| Método | Ruta | Qué hace |\n| --- | --- | --- |\n| GET | `/notes` | lista las notas |\n| POST | `/notes` | crea una nota |\n| DELETE | `/notes/{id}` | borra una nota |\n';

function insert(db: ReturnType<typeof openCore>['db'], id: string, docStatus: unknown, snapshot: unknown): void {
  db.prepare(
    `INSERT INTO github_repositories (id, host, node_id, owner, name, full_name, url, snapshot, doc_status, details_complete)
     VALUES (?, 'github.com', ?, 'octo', ?, ?, ?, ?, ?, 1)`,
  ).run(id, id, id, `octo/${id}`, `https://github.com/octo/${id}`, JSON.stringify(snapshot), typeof docStatus === 'string' ? docStatus : JSON.stringify(docStatus));
}

describe('stored documentation ratings', () => {
  it('are redone from their snapshots when an earlier rating made them, and only then', () => {
    const dbPath = join(tempDir(), 'old.db');
    const core = openCore(dbPath);
    const snapshot = { fullName: 'octo/notes', description: null, homepage: null, topics: [], languages: [], licence: 'MIT', readme: README, readmeName: 'README.md', rootEntries: [], workflowFiles: [], manifests: {} };
    insert(core.db, 'old', { level: 'basic', words: 60, reasons: ['README under 200 words (60)'], strengths: [] }, snapshot);
    insert(core.db, 'current', { level: 'stub', words: 1, reasons: ['kept as it is'], strengths: [], version: DOC_RATING_VERSION }, snapshot);
    insert(core.db, 'broken', '{not json', { ...snapshot, rootEntries: undefined });
    core.close();

    const reopened = openCore(dbPath);
    const byName = Object.fromEntries(reopened.github.repositories.list({ includeHidden: true }).map((r) => [r.name, r.docStatus]));
    expect(byName.old).toMatchObject({ level: 'good', version: DOC_RATING_VERSION, signals: { description: true, install: true, usage: true } });
    expect(byName.current).toMatchObject({ level: 'stub', reasons: ['kept as it is'] });
    expect(byName.broken).toMatchObject({ level: 'good', version: DOC_RATING_VERSION });
    reopened.close();
  });
});
