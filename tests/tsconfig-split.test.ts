import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const parse = (name: string) => {
  const parsed = ts.getParsedCommandLineOfConfigFile(path.join(root, name), {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    },
  });
  if (!parsed) throw new Error(`cannot read ${name}`);
  return { options: parsed.options, files: parsed.fileNames.map((f) => path.relative(root, f)) };
};
const app = parse('tsconfig.app.json');
const node = parse('tsconfig.node.json');
const sw = parse('tsconfig.sw.json');

describe('the split tsconfig', () => {
  it('checks every source file in one of the programs', () => {
    const all = ts.sys.readDirectory(root, ['.ts', '.tsx'], ['node_modules', 'dist', 'public'], ['src', 'e2e', 'scripts', 'tests', '*.ts']);
    const unchecked = all.map((f) => path.relative(root, f)).filter((f) => !app.files.includes(f) && !node.files.includes(f) && !sw.files.includes(f));
    expect(unchecked).toEqual([]);
  });

  it('keeps the pipeline, tests and test helpers out of the browser program', () => {
    expect(app.files).toContain('src/schema/paths.ts');
    expect(app.files).toContain('src/app/router.tsx');
    expect(app.files.filter((f) => /^src\/pipeline\/|\.test\.tsx?$|\/testing\//.test(f))).toEqual([]);
  });

  // A probe file compiled with the browser program's options: Node's globals and modules must not resolve.
  // Compiling takes seconds (the DOM and React types), longer on a busy machine.
  it('rejects Node in browser code and accepts Vite’s import.meta.env', { timeout: 60_000 }, () => {
    const probe = path.join(root, 'src/lib/__probe__.ts');
    const text = "import { readFileSync } from 'node:fs';\nexport const a = [process.env.X, readFileSync, import.meta.env.BASE_URL];\n";
    const host = ts.createCompilerHost(app.options);
    const readFile = host.readFile.bind(host);
    host.readFile = (f) => (path.resolve(f) === probe ? text : readFile(f));
    const fileExists = host.fileExists.bind(host);
    host.fileExists = (f) => path.resolve(f) === probe || fileExists(f);
    const program = ts.createProgram([probe], app.options, host);
    const codes = ts.getPreEmitDiagnostics(program).map((d) => `${d.code}:${ts.flattenDiagnosticMessageText(d.messageText, ' ').slice(0, 40)}`);
    expect(codes).toEqual([
      expect.stringMatching(/^2307:Cannot find module 'node:fs'/),
      expect.stringMatching(/^2591:Cannot find name 'process'/),
    ]);
  });
});
