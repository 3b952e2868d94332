// An oxlint JS plugin (see .oxlintrc.json): `layers/imports` reports every import inside src/ that
// goes against app → features → components/lib/config/schema, a feature importing another, or app
// code and the pipeline importing each other. oxlint's own no-restricted-imports matches the import
// string only, so it cannot tell which folder a relative path lands in; this resolves it.
import path from 'node:path';
import { checkImport } from './import-layers.mjs';

/** This repository's src/; a test points the rule at a fixture tree with the `srcDir` option. */
const defaultSrcDir = path.resolve(import.meta.dirname, '../../src');

const imports = {
  meta: { type: 'problem', docs: { description: 'Imports follow the layers of src/ (docs in scripts/lint/import-layers.mjs)' },
    schema: [{ type: 'object', properties: { srcDir: { type: 'string' } }, additionalProperties: false }],
  },
  create(context) {
    const srcDir = context.options[0]?.srcDir ?? defaultSrcDir;
    const check = (source) => {
      if (source?.type !== 'Literal' || typeof source.value !== 'string') return;
      const why = checkImport(srcDir, context.filename, source.value);
      if (why) context.report({ node: source, message: `'${source.value}': ${why}` });
    };
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
    };
  },
};

export default { meta: { name: 'layers' }, rules: { imports } };
