// Synchronous cleanup that also runs when the driver is interrupted: code-server runs in
// its own process group, so the terminal's Ctrl+C never reaches it.
import * as fs from 'fs';

const actions = new Set<() => void>();
let hooked = false;

/** Runs `action` when the process exits (also on SIGINT/SIGTERM); returns a function that cancels it. */
export function onExit(action: () => void): () => void {
  hook();
  actions.add(action);
  return () => actions.delete(action);
}

/** Removes `dir` on exit; returns a function that removes it now and cancels the exit action. */
export function removeOnExit(dir: string): () => void {
  const remove = (): void => fs.rmSync(dir, { recursive: true, force: true });
  const cancel = onExit(remove);
  return () => {
    cancel();
    remove();
  };
}

function hook(): void {
  if (hooked) return;
  hooked = true;
  process.once('exit', () => {
    for (const action of actions) {
      try {
        action();
      } catch {
        // best effort: keep cleaning up the rest
      }
    }
  });
  process.once('SIGINT', () => process.exit(130));
  process.once('SIGTERM', () => process.exit(143));
}
