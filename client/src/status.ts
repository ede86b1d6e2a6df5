import * as vscode from 'vscode';

/** The status bar: how many sources are indexed, and a spinner while indexing. */
export class StatusItem implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('briefing.status', vscode.StatusBarAlignment.Right, 100);

  constructor() {
    this.item.name = 'Briefing';
    this.item.text = '$(book) Briefing';
    this.item.command = 'briefing.reindex';
    this.item.tooltip = 'Briefing: click to re-index the sources';
    this.item.show();
  }

  update(s: { indexing: boolean; sources?: number; message?: string }): void {
    if (s.indexing) {
      this.item.text = '$(sync~spin) Briefing: indexing…';
      this.item.tooltip = s.message ?? 'Indexing the sources';
    } else {
      const n = s.sources ?? 0;
      this.item.text = `$(book) ${n} source${n === 1 ? '' : 's'}`;
      this.item.tooltip = `Briefing: ${n} sources indexed. Click to re-index.`;
    }
  }

  dispose(): void {
    this.item.dispose();
  }
}
