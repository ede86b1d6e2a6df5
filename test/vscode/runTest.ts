// Runs the suite of test/vscode/suite/ in VS Code desktop with @vscode/test-electron:
//   npm run test:vscode
// It downloads VS Code on first use (into .vscode-test/). Where that download is blocked,
// it fails with a message saying so; `npm run test:e2e` runs the same suite in code-server.
import { runTests } from '@vscode/test-electron';
import * as fs from 'fs';
import * as path from 'path';
import { bundleSuite } from '../e2e/extensionSuite';
import { makeExampleWorkspace, REPO, SUITE } from './exampleWorkspace';

const OUT = path.join(REPO, 'out', 'vscode-test');
const VERSION = process.env.BRIEFING_VSCODE_VERSION ?? '1.100.3';

/** test-electron's entry: runs the bundled suite with mocha inside the extension host. */
const INDEX = `'use strict';
const path = require('path');
exports.run = function run() {
  const Mocha = require(require.resolve('mocha', { paths: [${JSON.stringify(REPO)}] }));
  const mocha = new Mocha({ ui: 'bdd', color: true, timeout: Number(process.env.BRIEFING_TEST_TIMEOUT) || 20000 });
  if (process.env.BRIEFING_TEST_GREP) mocha.grep(process.env.BRIEFING_TEST_GREP);
  mocha.addFile(path.join(__dirname, 'suite.js'));
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(failures + ' test(s) failed')) : resolve()));
  });
};
`;

function isDownloadFailure(error: unknown): boolean {
  const text = String(error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : error);
  return /download|ENOTFOUND|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EAI_AGAIN|getaddrinfo|update\.code\.visualstudio\.com|status code|socket/i.test(text);
}

async function main(): Promise<number> {
  fs.mkdirSync(OUT, { recursive: true });
  await bundleSuite(SUITE, path.join(OUT, 'suite.js'));
  const index = path.join(OUT, 'index.js');
  fs.writeFileSync(index, INDEX);
  const example = makeExampleWorkspace();
  try {
    await runTests({
      version: VERSION,
      extensionDevelopmentPath: REPO,
      extensionTestsPath: index,
      extensionTestsEnv: { BRIEFING_EXPECTED_CLI_JSON: example.cliJsonFile },
      launchArgs: [example.folder, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
    });
    console.log('VS CODE SUITE OK');
    return 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (isDownloadFailure(error)) {
      console.error(
        `VS CODE SUITE NOT RUN: could not download VS Code ${VERSION} with @vscode/test-electron (${message.split('\n')[0]}).\n` +
          'This machine cannot reach update.code.visualstudio.com. The same suite runs in code-server with `npm run test:e2e`.',
      );
    } else {
      console.error(`VS CODE SUITE FAILED: ${message}`);
    }
    return 1;
  } finally {
    example.remove();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`VS CODE SUITE FAILED: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
    process.exit(1);
  },
);
