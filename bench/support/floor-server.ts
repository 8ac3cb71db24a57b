import http from "node:http";

import { openDatabase } from "@/db/client";
import { nearestCameras } from "@/db/queries/nearest-cameras";

// The least an HTTP answer of the nearest cameras can cost: node:http and the same KNN query
// (the same named statement), its rows as JSON, nothing else: no sign-in, no schema, no
// ranking, no headers of the console's. bench/cameras-near.ts times it beside the console, so
// that what the console adds and what any HTTP hop costs on the machine are told apart.
const db = await openDatabase({ databaseUrl: process.env.DATABASE_URL!, dataDir: "", poolSize: 4 });
const server = http.createServer((req, res) => {
  const q = new URL(req.url ?? "/", "http://floor").searchParams;
  nearestCameras(db.db, Number(q.get("lat")), Number(q.get("lon")), Number(q.get("k"))).then(
    (rows) => {
      const body = JSON.stringify({ data: rows });
      res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(body) }).end(body);
    },
    // A failed query answers 500, so that the bench stops with its message instead of waiting.
    (error: unknown) => res.writeHead(500).end(String(error)),
  );
});
server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  process.stdout.write(`${typeof address === "object" && address ? address.port : 0}\n`);
});
process.on("SIGTERM", () => {
  server.close();
  void db.close().then(() => process.exit(0));
});
