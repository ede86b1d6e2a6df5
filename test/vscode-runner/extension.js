// Test-only extension: runs a mocha suite inside VS Code's extension host and writes
// the results as JSON. code-server's web client never passes --extensionTestsPath to
// the extension host, so this extension starts the suite itself.
//
//   BRIEFING_TEST_SUITE    absolute path of the suite, a CommonJS bundle (`vscode` external)
//   BRIEFING_TEST_RESULTS  absolute path of the JSON results file to write
//   BRIEFING_TEST_TIMEOUT  per-test timeout in ms (default 20000)
//   BRIEFING_TEST_GREP     only run tests whose full title contains this text
//   BRIEFING_TEST_MOCHA    mocha's folder (default: resolved from the suite's folder,
//                          then from this file's real folder in the repository)
//
// The extension host inherits code-server's environment, so the driver sets these when
// it starts code-server. Plain JavaScript so it loads without a build step.
'use strict';

const fs = require('fs');
const path = require('path');
const vscode = require('vscode');

const LOG = '[briefing-test-runner]';

function activate() {
  const suite = process.env.BRIEFING_TEST_SUITE;
  const resultsFile = process.env.BRIEFING_TEST_RESULTS;
  if (!suite || !resultsFile) {
    console.log(`${LOG} BRIEFING_TEST_SUITE or BRIEFING_TEST_RESULTS not set; nothing to run`);
    return;
  }
  // A reloaded window starts a new extension host; run the suite only once per results file.
  if (fs.existsSync(resultsFile)) {
    console.log(`${LOG} ${resultsFile} exists already; not running the suite again`);
    return;
  }
  // Return from activate() first so the suite does not hold up the activation of others.
  setTimeout(() => {
    runSuite(suite, resultsFile).catch((error) => console.error(`${LOG} could not write results`, error));
  }, 0);
}

function deactivate() {}

async function runSuite(suite, resultsFile) {
  const started = Date.now();
  const results = {
    suite,
    startedAt: new Date(started).toISOString(),
    durationMs: 0,
    stats: { tests: 0, passes: 0, failures: 0, pending: 0 },
    tests: [],
    error: null,
  };
  vscode.window.setStatusBarMessage('$(beaker) running tests…');
  try {
    await runMocha(suite, results);
  } catch (error) {
    results.error = describeError(error);
  }
  results.durationMs = Date.now() - started;
  writeAtomically(resultsFile, JSON.stringify(results, null, 2));
  const { passes, failures, pending } = results.stats;
  const broken = results.error ? ', suite error' : '';
  vscode.window.setStatusBarMessage(`$(beaker) tests: ${passes} passed, ${failures} failed, ${pending} pending${broken}`);
  console.log(`${LOG} wrote ${resultsFile}: ${passes} passed, ${failures} failed, ${pending} pending${broken}`);
}

function runMocha(suite, results) {
  const Mocha = require(resolveMocha(suite));
  const mocha = new Mocha({
    ui: 'bdd',
    color: false,
    reporter: 'spec',
    timeout: Number(process.env.BRIEFING_TEST_TIMEOUT) || 20000,
  });
  if (process.env.BRIEFING_TEST_GREP) mocha.grep(process.env.BRIEFING_TEST_GREP);
  mocha.addFile(suite);
  return new Promise((resolve, reject) => {
    let runner;
    try {
      runner = mocha.run(() => resolve());
    } catch (error) {
      reject(error);
      return;
    }
    const record = (test, state, error) => {
      results.tests.push({
        title: test.title,
        fullTitle: test.fullTitle(),
        state,
        durationMs: test.duration ?? 0,
        error: error ? describeError(error) : null,
      });
    };
    runner.on('pass', (test) => {
      results.stats.passes++;
      record(test, 'passed');
    });
    // Also fires for failing hooks, which then count as failures.
    runner.on('fail', (test, error) => {
      results.stats.failures++;
      record(test, 'failed', error);
    });
    runner.on('pending', (test) => {
      results.stats.pending++;
      record(test, 'pending');
    });
    runner.on('end', () => {
      results.stats.tests = results.tests.length;
    });
  });
}

function resolveMocha(suite) {
  if (process.env.BRIEFING_TEST_MOCHA) return process.env.BRIEFING_TEST_MOCHA;
  // __dirname is the real folder in the repository even when the extension is a symlink.
  return require.resolve('mocha', { paths: [path.dirname(suite), __dirname] });
}

function describeError(error) {
  if (error instanceof Error) {
    const out = { message: error.message, stack: error.stack ?? null };
    if ('expected' in error || 'actual' in error) {
      out.expected = safeString(error.expected);
      out.actual = safeString(error.actual);
    }
    return out;
  }
  return { message: String(error), stack: null };
}

function safeString(value) {
  try {
    return typeof value === 'string' ? value : JSON.stringify(value);
  } catch {
    return String(value);
  }
}

function writeAtomically(file, text) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.partial`;
  fs.writeFileSync(partial, text);
  fs.renameSync(partial, file);
}

module.exports = { activate, deactivate };
