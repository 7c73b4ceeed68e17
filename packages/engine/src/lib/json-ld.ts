/**
 * JSON for a <script type="application/ld+json"> block. JSON.stringify leaves "</script>" and "<!--" intact, and
 * a data string containing them would end the block and inject markup; escaping <, > and & as \u003c etc. keeps
 * the same JSON value. U+2028/U+2029 are escaped for older JavaScript parsers.
 * Use with set:html: <script type="application/ld+json" set:html={jsonLd(data)} />.
 */
export function jsonLd(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
