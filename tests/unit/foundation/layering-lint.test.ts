// The layering rule of eslint.config.js, run through ESLint's own Node API on probe snippets placed (by name) in
// each layer: every Node built-in, with and without node:, is refused in shared/ and renderer/, as are electron
// and the layers above; what each layer may import passes without a single message.
import { ESLint, type Linter } from 'eslint';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../../..');
let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT, overrideConfigFile: path.join(ROOT, 'eslint.config.js') });
});

async function lint(code: string, file: string): Promise<Linter.LintMessage[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file), warnIgnored: true });
  return result.messages;
}

/** One import per line, each used so that only the layering rule can complain; the messages by line. */
async function lintImports(specifiers: string[], file: string): Promise<Map<string, string[]>> {
  const code = specifiers.map((s, i) => `import * as m${i} from '${s}';`).join('\n') + `\nexport const all = [${specifiers.map((_, i) => `m${i}`).join(', ')}];\n`;
  const byLine = new Map<string, string[]>(specifiers.map((s) => [s, []]));
  for (const message of await lint(code, file)) byLine.get(specifiers[message.line - 1])?.push(message.ruleId ?? 'fatal');
  return byLine;
}

const BARE = builtinModules.filter((name) => !name.startsWith('node:'));
const EVERY_BUILTIN = [...BARE, ...BARE.map((name) => `node:${name}`), 'node:test', 'node:sea'];
const unrefused = (byLine: Map<string, string[]>) => [...byLine].filter(([, rules]) => !rules.includes('no-restricted-imports')).map(([s]) => s);

describe.each(['shared/model/probe.ts', 'renderer/src/features/probe.tsx'])('%s', (file) => {
  it(`refuses every Node built-in, with and without node: (${EVERY_BUILTIN.length} names)`, async () => {
    expect(BARE).toEqual(expect.arrayContaining(['fs/promises', 'buffer', 'fs', 'path', 'timers/promises', 'string_decoder']));
    expect(unrefused(await lintImports(EVERY_BUILTIN, file))).toEqual([]);
  });

  it('refuses electron and the electron/ layer', async () => {
    const depth = file.split('/').length - 1;
    const up = '../'.repeat(depth);
    expect(unrefused(await lintImports(['electron', `${up}electron/host`, `${up}cli/command`], file))).toEqual([]);
  });

  it('refuses a built-in reached through import() or export ... from', async () => {
    const messages = await lint(`export async function f() {\n  return import('fs/promises');\n}\nexport { Buffer } from 'buffer';\nexport const g = () => import('node:os');\n`, file);
    expect(messages.map((m) => [m.line, m.ruleId])).toEqual([
      [2, 'no-restricted-syntax'],
      [4, 'no-restricted-imports'],
      [5, 'no-restricted-syntax'],
    ]);
  });

  it('lets through packages and modules of the layers below, without a message', async () => {
    const imports = file.startsWith('shared/') ? ['zod', './ids', '../ipc/contract'] : ['react', 'dexie', '../../../../shared/model/create', './probe-sibling'];
    const byLine = await lintImports(imports, file);
    expect([...byLine].filter(([, rules]) => rules.length)).toEqual([]);
  });
});

describe('shared/ alone', () => {
  it('refuses renderer/ too', async () => {
    expect(unrefused(await lintImports(['../../renderer/src/db/database'], 'shared/model/probe.ts'))).toEqual([]);
  });
});

describe('electron/', () => {
  it('may use Node built-ins and shared/, but never renderer/', async () => {
    const byLine = await lintImports(['fs/promises', 'node:path', 'buffer', 'electron', '../../shared/model/create', '../../renderer/src/db/database'], 'electron/documents/probe.ts');
    expect([...byLine].map(([s, rules]) => [s, rules])).toEqual([
      ['fs/promises', []],
      ['node:path', []],
      ['buffer', []],
      ['electron', []],
      ['../../shared/model/create', []],
      ['../../renderer/src/db/database', ['no-restricted-imports']],
    ]);
  });
});
