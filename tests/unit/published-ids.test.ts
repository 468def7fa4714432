import { describe, expect, it } from 'vitest';
import published from '../fixtures/published-ids.json';
import { headingIds, markdownFiles, renderContentFile } from '../helpers/content-files';

/**
 * Advisers send links such as /da/standard/klageadgang/#klageadgang-ind-og-udskrivning. The ids in
 * tests/fixtures/published-ids.json have been published; removing or renaming one breaks those links.
 * New ids may be added to the fixture; existing ones may never leave it.
 */
describe('published links into the standard', () => {
  const files = markdownFiles('standard/da');
  const idsByPart = new Map(files.map((file) => [file.split('/').at(-1)!.replace(/\.md$/, ''), headingIds(renderContentFile(file).html)]));

  it('keeps every section id', () => {
    expect([...idsByPart.keys()].sort()).toEqual(Object.keys(published).sort());
  });

  it('keeps every heading id on the part where it was published', () => {
    for (const [part, ids] of Object.entries(published)) {
      expect(idsByPart.get(part), part).toEqual(expect.arrayContaining(ids));
    }
  });

  it('has no id twice on one page, and every new id is recorded as published', () => {
    for (const [part, ids] of idsByPart) {
      expect(new Set(ids).size, part).toBe(ids.length);
      expect(ids, `${part}: add new ids to tests/fixtures/published-ids.json`).toEqual(published[part as keyof typeof published]);
    }
  });
});
