// A JSON reader that remembers on which line each value stands, so that a scenario file that
// parses but fails its schema is refused with the line of the offending field, as a syntax
// error is. JSON.parse says neither for the second kind, and only a position for the first.

export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

/** The line (1-based) of every value by its path ("lines.2", "place.lat"; "" is the whole). */
export function jsonLines(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  let i = 0;
  const lineAt = (at: number) => text.slice(0, at).split("\n").length;
  const fail = (what: string): never => {
    throw new JsonSyntaxError(`${what} at column ${i - text.lastIndexOf("\n", i - 1)}`, lineAt(i));
  };
  const space = () => {
    while (i < text.length && " \t\r\n".includes(text[i]!)) i++;
  };
  const string = () => {
    // JSON forbids raw control characters inside a string, so the pattern does too.
    // eslint-disable-next-line no-control-regex
    const m = /^"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/.exec(text.slice(i));
    if (!m) fail("a malformed string");
    i += m![0].length;
    return JSON.parse(m![0]) as string;
  };
  const value = (path: string): void => {
    space();
    lines.set(path, lineAt(i));
    const c = text[i];
    const join = (k: string | number) => (path ? `${path}.${k}` : String(k));
    if (c === "{") {
      i++;
      space();
      if (text[i] === "}") return void i++;
      for (;;) {
        space();
        if (text[i] !== '"') fail("expected a quoted key");
        const keyAt = i;
        const key = string();
        space();
        if (text[i] !== ":") fail(`expected ':' after "${key}"`);
        i++;
        value(join(key));
        lines.set(join(key), lineAt(keyAt));
        space();
        if (text[i] === ",") i++;
        else if (text[i] === "}") return void i++;
        else fail("expected ',' or '}'");
      }
    }
    if (c === "[") {
      i++;
      space();
      if (text[i] === "]") return void i++;
      for (let n = 0; ; n++) {
        value(join(n));
        space();
        if (text[i] === ",") i++;
        else if (text[i] === "]") return void i++;
        else fail("expected ',' or ']'");
      }
    }
    if (c === '"') return void string();
    const m = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i));
    if (!m) fail("expected a value");
    i += m![0].length;
  };
  value("");
  space();
  if (i < text.length) fail("unexpected text after the end");
  return lines;
}
