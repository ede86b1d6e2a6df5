import type { ContentTypeEncoder, Message } from 'vscode-languageserver/node';

// The JSON of the server's messages. A briefing's diagnostics are sent whole after every
// edit, and with a thousand figures that is over a megabyte of JSON, most of it unchanged:
// `toLspDiagnostic` hands back the same frozen object for a diagnostic that did not change,
// so each one's JSON is made once and spliced into the message.

const jsonOf = new WeakMap<object, Buffer>();

/** An item's JSON as UTF-8 bytes; a frozen one's made once. Kept as bytes: joining a megabyte
 * of strings and encoding it again cost as much as the JSON itself. */
function itemBytes(item: unknown): Buffer {
  if (typeof item !== 'object' || item === null || !Object.isFrozen(item)) return Buffer.from(JSON.stringify(item) ?? 'null');
  let bytes = jsonOf.get(item);
  if (bytes === undefined) jsonOf.set(item, (bytes = Buffer.from(JSON.stringify(item))));
  return bytes;
}

/** Where a message carries a list of diagnostics: a pull report or a push notification. */
function diagnosticList(message: Record<string, unknown>): { replace: (marker: string) => unknown; items: unknown[] } | undefined {
  const result = message.result as Record<string, unknown> | undefined;
  if (result && typeof result === 'object' && Array.isArray(result.items) && result.kind === 'full') {
    return { items: result.items, replace: (marker) => ({ ...message, result: { ...result, items: marker } }) };
  }
  const params = message.params as Record<string, unknown> | undefined;
  if (message.method === 'textDocument/publishDiagnostics' && params && Array.isArray(params.diagnostics)) {
    return { items: params.diagnostics, replace: (marker) => ({ ...message, params: { ...params, diagnostics: marker } }) };
  }
  return undefined;
}

/** The message as UTF-8 JSON, byte for byte what `JSON.stringify` writes. */
export function encodeMessage(message: Message): Buffer {
  const list = diagnosticList(message as unknown as Record<string, unknown>);
  if (!list || list.items.length < 2) return Buffer.from(JSON.stringify(message));
  // A string no other part of the message holds: it is replaced by the list's JSON.
  const marker = `"briefing-diagnostics-${Math.random().toString(36).slice(2)}"`;
  const outer = JSON.stringify(list.replace(marker.slice(1, -1)));
  const at = outer.indexOf(marker);
  if (at < 0 || outer.indexOf(marker, at + 1) >= 0) return Buffer.from(JSON.stringify(message));
  const parts: Buffer[] = [Buffer.from(`${outer.slice(0, at)}[`)];
  list.items.forEach((item, i) => {
    if (i > 0) parts.push(COMMA);
    parts.push(itemBytes(item));
  });
  parts.push(Buffer.from(`]${outer.slice(at + marker.length)}`));
  return Buffer.concat(parts);
}

const COMMA = Buffer.from(',');

export const messageEncoder: ContentTypeEncoder = {
  name: 'application/json',
  encode: (message, options) =>
    Promise.resolve(/^utf-?8$/i.test(options.charset) ? encodeMessage(message) : Buffer.from(encodeMessage(message).toString(), options.charset)),
};
