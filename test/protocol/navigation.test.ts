import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  DefinitionRequest,
  DocumentSymbolRequest,
  HoverRequest,
  ReferencesRequest,
  type DocumentSymbol,
  type Location,
  type MarkupContent,
  type Position,
} from 'vscode-languageserver-protocol/node';
import { LspClient, uriOf } from './lspClient';
import { find, lineAt, positionAt, textIn } from './textEdits';
import { copyExample, removeFolder } from './workspace';

// Hovers, go to definition, find references and the outline, on the example briefing.

describe('protocol: hover, navigation, outline', () => {
  let folder: string;
  let client: LspClient;
  let uri: string;
  let text: string;

  /** The position `offset` characters into the `n`th occurrence of `needle` in the briefing. */
  const on = (needle: string, n = 0, offset = 1): Position => positionAt(text, find(text, needle, n) + offset);

  const hover = async (position: Position): Promise<string> => {
    const result = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
    assert.ok(result, 'a hover');
    const contents = result.contents as MarkupContent;
    assert.equal(contents.kind, 'markdown');
    return contents.value;
  };

  const definition = async (position: Position): Promise<Location[]> => {
    const result = await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position });
    assert.ok(Array.isArray(result), `locations, got ${JSON.stringify(result)}`);
    return result as Location[];
  };

  const lineOfLocation = (location: Location): string => lineAt(fs.readFileSync(new URL(location.uri), 'utf8'), location.range.start.line);

  before(async () => {
    folder = copyExample();
    client = await LspClient.start({ folder });
    uri = await client.open('weekly.brief');
    text = client.text(uri);
    await client.pull(uri);
  });

  after(async () => {
    await client?.stop();
    removeFolder(folder);
  });

  describe('hover', () => {
    it('on a citation key: the source’s title, publisher and the passage with the figure in bold', async () => {
      // "Shares in Australian producers rose as much as 9% after the announcement [@wire-controls]"
      const value = await hover(on('@wire-controls]', 4, 3));
      assert.match(value, /China widens rare-earth curbs to processing technology and advanced chips/);
      assert.match(value, /Global Wire Service/);
      assert.match(value, /2025-10-09/);
      assert.match(value, /reliability B/);
      assert.match(value, /\*\*(as much as )?9%\*\*/);
      assert.match(value, /Shares in Australian producers rose/);
      assert.match(value, /\]\(file:\/\/[^)]*wire-controls\.txt/);
    });

    it('on a citation key in a table row, from a JSON archive', async () => {
      const value = await hover(on('[@tr-magnets] |', 0, 4));
      assert.match(value, /Magnet makers brace for licence delays/);
      assert.match(value, /\*\*(about )?15%\*\*/);
    });

    it('on an unknown key: the nearest keys', async () => {
      const value = await hover(on('@wire-control]', 0, 3));
      assert.match(value, /wire-control/);
      assert.match(value, /wire-controls/);
    });

    it('on a figure: the verdict word', async () => {
      assert.match(await hover(on('2019')), /mismatch/);
      assert.match(await hover(on('88%')), /more specific/);
      assert.match(await hover(on('rose 12%', 0, 6)), /supported/);
      assert.match(await hover(on('about 80%', 0, 7)), /uncited/);
    });

    it('on a mismatched figure: the source passage, its figure in bold', async () => {
      const value = await hover(on('2019'));
      assert.match(value, /tr-consolidation/);
      assert.match(value, /\*\*2021\*\*/);
    });

    it('on a figure about which sources disagree: what the others say', async () => {
      const value = await hover(on('makes 90%', 0, 7));
      assert.match(value, /tr-magnets/);
      assert.match(value, /93%/);
    });

    it('nowhere in particular: nothing', async () => {
      const result = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: on('Expect more licensing') });
      assert.equal(result, null);
    });
  });

  describe('go to definition', () => {
    it('leads from a citation to the source line with the supporting figure (plain text)', async () => {
      const [location, ...rest] = await definition(on('@wire-controls]', 4, 3));
      assert.equal(rest.length, 0);
      assert.equal(location.uri, client.uri('sources/wire-controls.txt'));
      assert.match(lineOfLocation(location), /as much as 9%/);
    });

    it('into an HTML source, at the line of the raw file', async () => {
      const [location] = await definition(on('@hkt-history]', 0, 3));
      assert.equal(location.uri, client.uri('sources/hkt-history.html'));
      assert.match(lineOfLocation(location), /\$600 billion/);
    });

    it('into a JSON archive', async () => {
      const [location] = await definition(on('@tr-magnets]', 0, 3));
      assert.equal(location.uri, client.uri('sources/trade-archive.json'));
      assert.match(lineOfLocation(location), /rose 12%/);
    });

    it('into a Markdown source, past its front matter', async () => {
      const [location] = await definition(on('@mpi-dependence, para 2]', 0, 3));
      assert.equal(location.uri, client.uri('sources/mpi-dependence.md'));
      assert.match(lineOfLocation(location), /more than 80%/);
    });

    it('to the contradicting passage of a mismatch', async () => {
      const [location] = await definition(on('@tr-consolidation]', 1, 3));
      assert.equal(location.uri, client.uri('sources/trade-archive.json'));
      assert.match(lineOfLocation(location), /formed in 2021/);
    });

    it('for a group of two: one location a source', async () => {
      const locations = await definition(on('@desk-memo]', 1, 3));
      assert.deepEqual(
        locations.map((l) => l.uri),
        [client.uri('sources/desk-memo.txt')],
      );
      assert.match(lineOfLocation(locations[0]), /98%/);
    });
  });

  describe('find references', () => {
    const second = '---\nsources: sources\n---\n\n# Second\n\nShares rose as much as 9% [@wire-controls].\nSeven elements [@desk-memo; @wire-controls, para 2] were licensed.\n';

    it('lists every citation of the key in the workspace’s briefings', async () => {
      fs.writeFileSync(path.join(folder, 'second.brief'), second);
      const result = await client.connection.sendRequest(ReferencesRequest.type, {
        textDocument: { uri },
        position: on('@wire-controls]', 0, 3),
        context: { includeDeclaration: true },
      });
      assert.ok(result);
      const expected: Location[] = [];
      for (const [file, content] of [[uri, text], [uriOf(path.join(folder, 'second.brief')), second]] as const) {
        // `@wire-controls` followed by a key-ending character; `@wire-control]` is another key.
        for (let i = content.indexOf('@wire-controls'); i >= 0; i = content.indexOf('@wire-controls', i + 1)) {
          const start = i + 1;
          const end = start + 'wire-controls'.length;
          if (/[\w\-.:/#]/.test(content[end] ?? '')) continue;
          expected.push({ uri: file, range: { start: positionAt(content, start), end: positionAt(content, end) } });
        }
      }
      assert.equal(expected.length, 8);
      const key = (l: Location) => `${l.uri}:${l.range.start.line}:${l.range.start.character}:${l.range.end.line}:${l.range.end.character}`;
      assert.deepEqual(result.map(key).sort(), expected.map(key).sort());
      for (const l of result.filter((r) => r.uri === uri)) assert.equal(textIn(text, l.range), 'wire-controls');
    });

    it('finds nothing away from a citation', async () => {
      const result = await client.connection.sendRequest(ReferencesRequest.type, {
        textDocument: { uri },
        position: on('Expect more licensing'),
        context: { includeDeclaration: true },
      });
      assert.ok(result === null || result.length === 0);
    });
  });

  describe('document symbols', () => {
    it('gives the headings as a nested outline', async () => {
      const result = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
      const shape = (s: DocumentSymbol): unknown => ({ name: s.name, line: s.selectionRange.start.line, children: (s.children ?? []).map(shape) });
      assert.deepEqual(result.map(shape), [
        {
          name: 'Rare earths weekly: Beijing tightens its grip',
          line: 9,
          children: [
            { name: 'Key judgements', line: 11, children: [] },
            { name: 'What changed this week', line: 18, children: [] },
            { name: "Where Beijing's leverage lies", line: 31, children: [] },
            { name: 'Small market, large leverage', line: 45, children: [] },
            { name: 'Outlook', line: 51, children: [] },
          ],
        },
      ]);
      const [top] = result;
      assert.equal(top.range.start.line, 9);
      const sections = top.children ?? [];
      // A section runs to the next heading of its level; the selection is the heading's text.
      assert.deepEqual(sections[0].range, { start: { line: 11, character: 0 }, end: { line: 18, character: 0 } });
      assert.equal(textIn(text, sections[0].selectionRange), 'Key judgements');
      assert.ok(sections[4].range.end.line >= 53, 'the last section runs to the end of the file');
    });
  });
});
