/** The cookies a client holds, kept from each answer's Set-Cookie as a browser would. */
export function cookieJar() {
  const jar = new Map<string, string>();
  return {
    take(res: Response) {
      for (const line of res.headers.getSetCookie()) {
        const [pair = "", ...attrs] = line.split(";");
        const at = pair.indexOf("=");
        const name = pair.slice(0, at).trim();
        const value = pair.slice(at + 1).trim();
        const gone = !value || attrs.some((a) => /^\s*max-age=0\s*$/i.test(a));
        if (gone) jar.delete(name);
        else jar.set(name, value);
      }
      return res;
    },
    header: () => [...jar].map(([k, v]) => `${k}=${v}`).join("; "),
  };
}
