import { describe, expect, it } from 'vitest';
import { sectionReference } from '../../src/lib/section-reference';

const part = `---
title: Sagsbehandling
section: 2
order: 4
---

Indledning.

## Uden nummer øverst {#uden-nummer}

## 2.2 Visitation {#visitation}

### Anonymitet {#anonymitet}

#### Dybere {#dybere}

## 2.3 Egenbetaling {#egenbetaling}
`;

describe('a reference to a place in the standard', () => {
  it("is the heading's own number when it has one", () => {
    expect(sectionReference(part, 'visitation')).toEqual({ number: '2.2' });
    expect(sectionReference(part, 'egenbetaling')).toEqual({ number: '2.3' });
  });

  it('is the nearest number above, with the title, for a heading without a number', () => {
    expect(sectionReference(part, 'anonymitet')).toEqual({ number: '2.2', title: 'Anonymitet' });
    expect(sectionReference(part, 'dybere')).toEqual({ number: '2.2', title: 'Dybere' });
  });

  it("falls back to the part's number where nothing above is numbered, and is the part's number for the part", () => {
    expect(sectionReference(part, 'uden-nummer')).toEqual({ number: '2', title: 'Uden nummer øverst' });
    expect(sectionReference(part)).toEqual({ number: '2' });
  });

  it('fails for a heading that is not there, and for a part without a number', () => {
    expect(() => sectionReference(part, 'klagefrist')).toThrow('there is no heading {#klagefrist}');
    expect(() => sectionReference('---\ntitle: Forord\norder: 1\n---\n\n## Hilsen {#hilsen}\n', 'hilsen')).toThrow(
      'has no section number above it',
    );
    expect(() => sectionReference('---\ntitle: Forord\norder: 1\n---\n')).toThrow('the part has no section number');
  });
});
