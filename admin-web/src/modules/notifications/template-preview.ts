/** One run of a template's text in the preview: plain, a filled-in placeholder, or an unknown one. */
export interface PreviewPart {
  text: string;
  kind: 'text' | 'value' | 'unknown';
}

const PLACEHOLDER = /\{(\w*)\}/g;

/**
 * A template's text with `{name}` placeholders filled in from sample values, as the api renders it; a
 * placeholder the api does not know is kept as written and flagged (the api refuses it on save).
 */
export function renderPreview(
  text: string,
  values: Readonly<Record<string, string>>,
  known: readonly string[],
): PreviewPart[] {
  const parts: PreviewPart[] = [];
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    const at = match.index;
    if (at > last) parts.push({ text: text.slice(last, at), kind: 'text' });
    const name = match[1] ?? '';
    if (known.includes(name)) parts.push({ text: values[name] ?? '', kind: 'value' });
    else parts.push({ text: match[0], kind: 'unknown' });
    last = at + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), kind: 'text' });
  return parts;
}

/** The placeholders in a text that the api does not know, once each. */
export function unknownPlaceholders(text: string, known: readonly string[]): string[] {
  const unknown = new Set<string>();
  for (const match of text.matchAll(PLACEHOLDER)) {
    const name = match[1] ?? '';
    if (!known.includes(name)) unknown.add(name);
  }
  return [...unknown];
}

/** `value` with `token` in place of the selection `[start, end)`, and where the caret goes after it. */
export function insertAt(
  value: string,
  token: string,
  start: number | null,
  end: number | null,
): { value: string; caret: number } {
  const from = Math.min(Math.max(start ?? value.length, 0), value.length);
  const to = Math.min(Math.max(end ?? from, from), value.length);
  return { value: value.slice(0, from) + token + value.slice(to), caret: from + token.length };
}
