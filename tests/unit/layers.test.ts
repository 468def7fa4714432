import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The boundaries between the code's layers, as the lint rules (eslint.config.js) keep them: each probe is
 * a line a file in that folder must not have, and the rule must say so.
 */
const probes = [
  {
    file: 'src/client/probe.ts',
    code: "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n",
    says: 'runs in the browser',
  },
  {
    file: 'server/client/probe.ts',
    code: "import { createHash } from 'node:crypto';\nexport const hash = createHash;\n",
    says: 'runs in the browser',
  },
  {
    file: 'src/lib/probe.ts',
    code: "import Card from '../components/PlaceCard.astro';\nexport default Card;\n",
    says: 'imports no component, page, layout or Astro module',
  },
  {
    file: 'src/lib/probe-content.ts',
    code: "import { getCollection } from 'astro:content';\nexport const all = getCollection;\n",
    says: 'imports no component, page, layout or Astro module',
  },
  {
    file: 'src/i18n/probe.ts',
    code: "import { fill } from '../lib/template';\nexport const f = fill;\n",
    says: 'imports nothing from src/lib/',
  },
  {
    file: 'server/http/probe.ts',
    code: "import Card from '../../src/components/PlaceCard.astro';\nexport default Card;\n",
    says: "imports nothing from the site's components",
  },
];

// One linter for every case: it loads the configuration and its plugins once, in whichever case runs first
// (hence each case's room of 30 s), and the rest reuse them.
const eslint = new ESLint();

describe('the layers', () => {
  it.each(probes)(
    '$file may not do this: $says',
    async ({ file, code, says }) => {
      const [result] = await eslint.lintText(code, { filePath: file });
      expect(result!.messages.map((message) => message.message).join('\n')).toContain(says);
    },
    30_000,
  );

  it('let each layer use the ones below it', async () => {
    const [result] = await eslint.lintText("import { fill } from './template';\nexport const f = fill;\n", {
      filePath: 'src/lib/probe.ts',
    });
    expect(result!.messages).toEqual([]);
  }, 30_000);
});
