// Where edited cells persist: a shareable URL hash `#edits=1.<base64url(deflate-raw(JSON {cellId: source}))>` (next to
// any other hash parts) and, per page, localStorage.

/** Edited sources by cell id (Framework's content-hash id of the cell as published). */
export type Edits = Record<string, string>;

const KEY = "edits";
const VERSION = "1";

async function pipe(
  bytes: Uint8Array,
  stream: CompressionStream | DecompressionStream
): Promise<Uint8Array> {
  const out = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** The `edits=` value for a set of edits (compressed; URL-safe characters only). */
export async function encodeEdits(edits: Edits): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(edits));
  return `${VERSION}.${toBase64Url(await pipe(json, new CompressionStream("deflate-raw")))}`;
}

/** Inverse of encodeEdits; throws on a value this version cannot read. */
export async function decodeEdits(value: string): Promise<Edits> {
  const dot = value.indexOf(".");
  if (value.slice(0, dot) !== VERSION)
    throw new Error(`edits: unknown encoding version "${value.slice(0, dot)}"`);
  const json = new TextDecoder().decode(
    await pipe(fromBase64Url(value.slice(dot + 1)), new DecompressionStream("deflate-raw"))
  );
  const parsed: unknown = JSON.parse(json);
  if (
    typeof parsed !== "object" ||
    parsed === null ||
    Object.values(parsed).some((v) => typeof v !== "string")
  ) {
    throw new Error("edits: not a map of cell sources");
  }
  return parsed as Edits;
}

/** The `edits=` value inside a location hash (`#edits=…` or `#section&edits=…`), or null. */
export function editsParam(hash: string): string | null {
  for (const part of hash.replace(/^#/, "").split("&"))
    if (part.startsWith(`${KEY}=`)) return part.slice(KEY.length + 1);
  return null;
}

/** A location hash with the `edits=` part replaced by `value` (removed if null), other parts kept. */
export function withEditsParam(hash: string, value: string | null): string {
  const parts = hash
    .replace(/^#/, "")
    .split("&")
    .filter((p) => p !== "" && !p.startsWith(`${KEY}=`));
  if (value !== null) parts.push(`${KEY}=${value}`);
  return parts.length ? `#${parts.join("&")}` : "";
}

/** The localStorage key for a page's edits (`pagePath` as in bridge.ts: `/deep-dive/03-svd`). */
export function storageKey(pagePath: string): string {
  return `workbook-edits:${pagePath}`;
}
