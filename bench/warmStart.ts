import { Engine } from '../server/src/engine/engine';
import { NodeFileSystem } from '../server/src/node/nodeFileSystem';
import { NodeIndexStore } from '../server/src/node/nodeIndexStore';

// One warm start in a process of its own (a fresh heap, as when the editor or the CLI
// starts): prints {"ms": …, "comparedMs": …}: the time until the dataset is ready from the
// stored index, as the editor's server uses it (its files are compared with the index
// afterwards), and the time until that comparison has ended too.
// Usage: node dist/warmStart.js SOURCES_DIR STORE_DIR FINGERPRINT (built by `npm run build`)

async function main(): Promise<void> {
  const [sourcesDir, storeDir, fingerprint] = process.argv.slice(2);
  const engine = new Engine({ fs: new NodeFileSystem(), indexStore: { store: new NodeIndexStore(storeDir), fingerprint, answerFirst: true } });
  const started = performance.now();
  await engine.check({ path: `${sourcesDir}/../warm.brief`, text: '# Warm\n\nA check [@src-000000].\n', defaultSources: sourcesDir });
  const ms = performance.now() - started;
  await engine.indexesStored();
  const comparedMs = performance.now() - started;
  process.stdout.write(`${JSON.stringify({ ms, comparedMs })}\n`);
}

void main();
