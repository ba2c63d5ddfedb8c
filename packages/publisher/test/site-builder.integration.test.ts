/** The real site build (Astro and Pagefind in child processes) as the publisher runs it. */
import { findPublication } from '@khcn/db';
import { describe, expect, it } from 'vitest';
import { runPublication } from '../src/run-publication.ts';
import { parseConfig } from '@khcn/config';
import { createSiteBuilder } from '../src/site-builder.ts';
import { fixturePerTest, queuePublication } from './support/publisher-fixture.ts';

const newFixture = fixturePerTest();

/** Words of the tools' own English output ("[build] 42 page(s) built in 3.2s", "Running Pagefind"...). */
const toolEnglish =
  /\b(build|built|building|completed?|generating|generated|pages?|index(ed|ing)?|running|found|files?|output|static|routes?|server|client|prerendering|done|writing|total)\b/i;
const vietnameseLetter = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;

describe('the publication log of a real build', () => {
  it('says every stage in Vietnamese, with no line of the tools’ English output', async () => {
    const fixture = await newFixture(createSiteBuilder({ script: parseConfig({}).siteBuildScript }));
    const id = await queuePublication(fixture.deps);
    expect(await runPublication(fixture.deps, id)).toBe('live');
    const publication = await findPublication(fixture.deps.db, id);
    const lines = publication!.stages.flatMap((s) => s.log.map((line) => `[${s.stage}] ${line}`));
    expect(lines.some((l) => l.startsWith('[building]'))).toBe(true);
    expect(lines.some((l) => l.startsWith('[indexing]'))).toBe(true);
    const notVietnamese = lines.filter((l) => {
      const text = l.replace(/^\[\w+\] /, '');
      return !vietnameseLetter.test(text) || toolEnglish.test(text);
    });
    expect(notVietnamese).toEqual([]);
  }, 300_000);
});
