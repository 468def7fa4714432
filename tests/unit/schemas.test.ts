import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { placeSchema } from '../../src/schemas/place';
import { phoneSchema } from '../../src/schemas/phone';
import { standardPartSchema } from '../../src/schemas/standard';
import { renderContentFile, root } from '../helpers/content-files';

const placeFixture = (name: string) => JSON.parse(readFileSync(join(root, 'tests/fixtures/places', name), 'utf8'));
const partFixture = (name: string) => renderContentFile(`tests/fixtures/standard/${name}`).frontmatter;
const firstIssue = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) => {
  const issue = result.error?.issues[0];
  return issue && { field: issue.path.join('.'), message: issue.message };
};

describe('the place schema', () => {
  it('accepts a complete crisis centre', () => {
    expect(placeSchema.safeParse(placeFixture('valid-centre.json')).success).toBe(true);
  });

  it.each([
    ['centre-without-phone.json', 'phone', 'a crisis centre needs phone'],
    ['phone-mismatch.json', 'phone.display', 'display and dial must be the same number'],
    ['hours-closing-before-opening.json', 'hours.rules.0.closes', 'opens must be before closes'],
    ['misspelt-field.json', '', 'Unrecognized key: "emial"'],
  ])('rejects %s, naming the field', (file, field, message) => {
    expect(firstIssue(placeSchema.safeParse(placeFixture(file)))).toEqual({ field, message });
  });
});

describe('the phone schema', () => {
  it('accepts Danish numbers in E.164 and the short emergency numbers', () => {
    expect(phoneSchema.safeParse({ dial: '+4533173333', display: '33 17 33 33' }).success).toBe(true);
    expect(phoneSchema.safeParse({ dial: '112', display: '112' }).success).toBe(true);
  });

  it('rejects a number a phone cannot dial', () => {
    expect(firstIssue(phoneSchema.safeParse({ dial: '33173333', display: '33 17 33 33' }))?.field).toBe('dial');
    expect(firstIssue(phoneSchema.safeParse({ dial: '+45 33 17 33 33', display: '33 17 33 33' }))?.field).toBe('dial');
  });
});

describe('the standard part schema', () => {
  it('accepts a complete part', () => {
    expect(standardPartSchema.safeParse(partFixture('valid.md')).success).toBe(true);
  });

  it.each([
    ['other-edition.md', 'edition', 'Invalid input: expected "2023-2024"'],
    ['missing-title.md', 'title', 'Invalid input: expected string, received undefined'],
    ['section-not-a-number.md', 'section', 'Invalid input: expected number, received string'],
  ])('rejects %s, naming the field', (file, field, message) => {
    expect(firstIssue(standardPartSchema.safeParse(partFixture(file)))).toEqual({ field, message });
  });
});
