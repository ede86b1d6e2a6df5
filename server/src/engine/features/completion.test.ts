import * as assert from 'node:assert/strict';
import { Dataset } from '../dataset/dataset';
import { loadSourceText } from '../sources/loadDataset';
import { COMPLETION_PAGE, completionsAt } from './completion';

// Completion of citation keys in a large dataset: a page at a time, filtered by what is typed.

function datasetOf(count: number): Dataset {
  const d = new Dataset(['/s']);
  for (let i = 0; i < count; i++) {
    const id = `src-${String(i).padStart(4, '0')}`;
    d.setFile(`/s/${id}.txt`, loadSourceText(`/s/${id}.txt`, `Report ${i}\n\nChile mines ${i % 90}% of its copper.\n`).sources, []);
  }
  return d;
}

describe('features/completion', () => {
  const dataset = datasetOf(COMPLETION_PAGE + 150);

  it('offers one page of keys at once in a large dataset, supporting sources first', () => {
    const text = 'Chile mines 17% of its copper [@';
    const entries = completionsAt(text, dataset, text.length, 0.02)!;
    // The sources that state 17% (i % 90 === 17), then a page of the others by key.
    const supporting = entries.filter((e) => e.supports).map((e) => e.id);
    assert.deepEqual([...supporting].sort(), ['src-0017', 'src-0107', 'src-0197', 'src-0287']);
    assert.deepEqual(entries.slice(0, supporting.length).map((e) => e.id), supporting);
    assert.equal(entries.length, supporting.length + COMPLETION_PAGE);
    assert.equal(new Set(entries.map((e) => e.id)).size, entries.length);
  });

  it('narrows the page to the keys that hold what is typed, past the first page too', () => {
    const text = 'A claim [@src-03';
    const entries = completionsAt(text, dataset, text.length, 0.02)!;
    assert.deepEqual(
      entries.map((e) => e.id),
      Array.from({ length: 50 }, (_, i) => `src-03${String(i).padStart(2, '0')}`),
    );
    assert.deepEqual(entries[0].replace, { start: text.length - 6, end: text.length });
  });
});
