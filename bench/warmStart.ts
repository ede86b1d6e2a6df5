import { Engine } from '../server/src/engine/engine';
import { NodeFileSystem } from '../server/src/node/nodeFileSystem';
import { NodeIndexStore } from '../server/src/node/nodeIndexStore';

// One warm start in a process of its own (a fresh heap, as when the editor or the CLI
// starts): prints {"ms": …}, the time until the dataset is ready from the stored index.
// Usage: tsx bench/warmStart.ts SOURCES_DIR STORE_DIR FINGERPRINT

async function main(): Promise<void> {
  const [sourcesDir, storeDir, fingerprint] = process.argv.slice(2);
  const engine = new Engine({ fs: new NodeFileSystem(), indexStore: { store: new NodeIndexStore(storeDir), fingerprint } });
  const started = performance.now();
  await engine.check({ path: `${sourcesDir}/../warm.brief`, text: '# Warm\n\nA check [@src-000000].\n', defaultSources: sourcesDir });
  const ms = performance.now() - started;
  await engine.indexesStored();
  process.stdout.write(`${JSON.stringify({ ms })}\n`);
}

void main();
