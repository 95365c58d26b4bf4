// The ingest baseline: plain node:http + better-sqlite3 storing the same payload with the same
// durability (WAL, synchronous=FULL), no validation, no tallies. Started by bench/ingest.ts.
import Database from "better-sqlite3";
import http from "node:http";

const [file, port] = process.argv.slice(2);
const db = new Database(file!);
db.pragma("journal_mode = WAL");
db.pragma("synchronous = FULL");
db.exec(`CREATE TABLE IF NOT EXISTS response (id TEXT PRIMARY KEY, code TEXT NOT NULL, data TEXT NOT NULL)`);
const insert = db.prepare(`INSERT INTO response (id, code, data) VALUES (?, ?, ?)`);

http
  .createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      try {
        const body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as { id: string; data: unknown };
        insert.run(body.id, req.url ?? "", JSON.stringify(body.data));
        res.writeHead(201, { "content-type": "application/json" }).end(JSON.stringify({ id: body.id }));
      } catch {
        res.writeHead(400).end();
      }
    });
  })
  .listen(Number(port), "127.0.0.1", () => process.send?.("ready"));
