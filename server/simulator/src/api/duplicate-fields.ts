/**
 * The fields a JSON body names twice in one object, by path (`spec.replicas`,
 * `spec.template.spec.containers[0].image`), as the API server's strict JSON decoder reports
 * them: JSON.parse keeps the last of each silently, where the server warns or refuses.
 * Assumes `text` is valid JSON (it is scanned after JSON.parse has accepted it).
 */
export function duplicateFields(text: string): string[] {
  const found: string[] = [];
  let i = 0;

  const skipSpace = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i] ?? '')) i++;
  };

  const readString = (): string => {
    // text[i] is the opening quote.
    const start = i;
    i++;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };

  const join = (path: string, key: string) => (path ? `${path}.${key}` : key);

  const readValue = (path: string): void => {
    skipSpace();
    const c = text[i];
    if (c === '{') {
      i++;
      const seen = new Set<string>();
      skipSpace();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        skipSpace();
        const key = readString();
        if (seen.has(key)) found.push(join(path, key));
        seen.add(key);
        skipSpace();
        i++; // ':'
        readValue(join(path, key));
        skipSpace();
        if (text[i++] === '}') return;
      }
    }
    if (c === '[') {
      i++;
      skipSpace();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (let index = 0; ; index++) {
        readValue(`${path}[${index}]`);
        skipSpace();
        if (text[i++] === ']') return;
      }
    }
    if (c === '"') {
      readString();
      return;
    }
    // A number, true, false or null: up to the next delimiter.
    while (i < text.length && !',}] \t\n\r'.includes(text[i] ?? '')) i++;
  };

  readValue('');
  return found;
}

/** The duplicates found in the body each decoded object came from. */
const FOUND = new WeakMap<object, string[]>();

/** Parses a JSON body, remembering the fields it named twice for field validation. */
export function parseJsonBody(text: string): unknown {
  const value: unknown = JSON.parse(text);
  if (value && typeof value === 'object') {
    const duplicates = duplicateFields(text);
    if (duplicates.length) FOUND.set(value, duplicates);
  }
  return value;
}

/** The fields the body of a decoded object named twice (the last of each was kept). */
export function duplicatesOf(obj: object): string[] {
  return FOUND.get(obj) ?? [];
}
