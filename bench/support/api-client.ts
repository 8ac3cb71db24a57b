import http from "node:http";

export interface ApiAnswer {
  status: number;
  text: string;
}

/**
 * The console's API over node:http with a keep-alive agent, one request at a time or a few:
 * fetch (undici) costs the shared cores several times more per request, and that cost would be
 * charged to the console under test.
 */
export function apiClient(baseUrl: string, token: string) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });
  const request = (path: string, body?: unknown): Promise<ApiAnswer> => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    return new Promise((resolve, reject) => {
      const req = http.request(
        new URL(path, baseUrl),
        {
          method: payload ? "POST" : "GET",
          agent,
          headers: {
            authorization: `Bearer ${token}`,
            ...(payload ? { "content-type": "application/json", "content-length": Buffer.byteLength(payload) } : {}),
          },
        },
        (res) => {
          let text = "";
          res.setEncoding("utf8");
          res.on("data", (chunk: string) => (text += chunk));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
        },
      );
      req.on("error", reject);
      req.end(payload);
    });
  };
  /** The answer's `data`, or an error naming the status and body when it is not the one expected. */
  const data = async <T>(path: string, body?: unknown, expected = body === undefined ? 200 : 201): Promise<T> => {
    const res = await request(path, body);
    if (res.status !== expected) throw new Error(`${path} answered ${res.status}: ${res.text}`);
    return (JSON.parse(res.text) as { data: T }).data;
  };
  return { request, data, close: () => agent.destroy() };
}
