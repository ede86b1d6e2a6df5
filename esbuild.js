// Bundles the extension client, the language server (with its indexing worker) and the command-line checker.
// `--production` minifies; `--watch` rebuilds on change. Type checking is `npm run typecheck`.
const esbuild = require('esbuild');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const bundles = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  { entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server.js' },
  { entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  // The worker threads of cold indexing, started by the server and the CLI from beside them.
  { entryPoints: ['server/src/node/indexWorker.ts'], outfile: 'dist/indexWorker.js' },
  { entryPoints: ['test/eval/runEval.ts'], outfile: 'dist/eval.js' },
  // The benchmark's warm start, a process of its own: timed as the product's bundled code
  // runs, not through tsx's transpiler and helpers.
  { entryPoints: ['bench/warmStart.ts'], outfile: 'dist/warmStart.js' },
];

/** Prints build errors in the form VS Code's `$esbuild-watch` problem matcher reads. */
const problemMatcher = {
  name: 'problem-matcher',
  setup(build) {
    build.onStart(() => {
      if (watch) console.log('[watch] build started');
    });
    build.onEnd((result) => {
      for (const { text, location } of result.errors) {
        console.error(`✘ [ERROR] ${text}`);
        if (location) console.error(`    ${location.file}:${location.line}:${location.column}:`);
      }
      if (watch) console.log('[watch] build finished');
    });
  },
};

async function main() {
  const contexts = await Promise.all(
    bundles.map((bundle) =>
      esbuild.context({
        bundle: true,
        platform: 'node',
        target: 'node20',
        format: 'cjs',
        sourcemap: !production,
        minify: production,
        logLevel: 'silent',
        plugins: [problemMatcher],
        ...bundle,
      }),
    ),
  );
  if (watch) {
    await Promise.all(contexts.map((c) => c.watch()));
    return;
  }
  const results = await Promise.allSettled(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
  if (results.some((r) => r.status === 'rejected')) process.exit(1);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
