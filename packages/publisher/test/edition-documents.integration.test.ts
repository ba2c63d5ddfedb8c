import { listEditionDocuments } from '@khcn/db';
import { afterEach, describe, expect, it } from 'vitest';
import { runPublication } from '../src/run-publication.ts';
import {
  createPublisherFixture,
  type PublisherFixture,
  queuePublication,
} from './support/publisher-fixture.ts';

let fixture: PublisherFixture | null = null;
afterEach(async () => {
  await fixture?.destroy();
  fixture = null;
});

describe('official documents in the publication', () => {
  it('attaches the .docx and .pdf of the approved edition', async () => {
    fixture = await createPublisherFixture();
    const deps = { ...fixture.deps, documents: { enabled: true, pdf: true, limit: 3 } };
    expect(await runPublication(deps, await queuePublication(deps))).toBe('live');
    const docs = await listEditionDocuments(deps.db, ['edition-2024-11-1']);
    expect(docs.map((d) => d.format).sort()).toEqual(['docx', 'pdf']);
  }, 120_000);

  it('still goes live without LibreOffice, with the .docx; a later publication adds the .pdf', async () => {
    fixture = await createPublisherFixture();
    const without = {
      ...fixture.deps,
      documents: { enabled: true, pdf: true, limit: 3, sofficePath: '/nonexistent/soffice' },
    };
    expect(await runPublication(without, await queuePublication(without))).toBe('live');
    expect((await listEditionDocuments(without.db, ['edition-2024-11-1'])).map((d) => d.format)).toEqual([
      'docx',
    ]);

    const withConverter = { ...fixture.deps, documents: { enabled: true, pdf: true, limit: 3 } };
    expect(await runPublication(withConverter, await queuePublication(withConverter))).toBe('live');
    const formats = (await listEditionDocuments(withConverter.db, ['edition-2024-11-1']))
      .map((d) => d.format)
      .sort();
    expect(formats).toEqual(['docx', 'pdf']);
  }, 120_000);
});
