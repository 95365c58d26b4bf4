import net from "node:net";

// The load generator shares the machine's two cores with the server it measures. Node's fetch
// (undici) spends several times the CPU of a plain keep-alive socket per request, CPU the server
// under test then lacks, so the ingest benchmark posts through this minimal HTTP/1.1 client:
// one request at a time per connection, idle connections reused, Content-Length or chunked bodies.
// The analytics benchmark times its GETs through it too, so the client's own cost and garbage
// collection stay out of the latencies it reports.

export interface PostResult {
  status: number;
  body: string;
}

interface Pending {
  resolve(result: PostResult): void;
  reject(error: Error): void;
}

class Connection {
  private buffer: Buffer = Buffer.alloc(0);
  private pending: Pending | undefined;
  closed = false;

  constructor(
    readonly socket: net.Socket,
    private readonly release: (c: Connection) => void,
  ) {
    socket.setNoDelay(true);
    socket.on("data", (chunk: Buffer) => {
      this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
      this.parse();
    });
    const fail = (error: Error) => {
      this.closed = true;
      const p = this.pending;
      this.pending = undefined;
      p?.reject(error);
    };
    socket.on("error", fail);
    socket.on("close", () => fail(new Error("connection closed")));
  }

  send(request: Buffer): Promise<PostResult> {
    return new Promise((resolve, reject) => {
      this.pending = { resolve, reject };
      this.socket.write(request);
    });
  }

  private parse() {
    const end = this.buffer.indexOf("\r\n\r\n");
    if (end < 0 || !this.pending) return;
    const head = this.buffer.subarray(0, end).toString("latin1");
    const status = Number(head.slice(9, 12));
    const length = /\r\ncontent-length:\s*(\d+)/i.exec(head);
    let body: string;
    let consumed: number;
    if (length) {
      consumed = end + 4 + Number(length[1]);
      if (this.buffer.length < consumed) return;
      body = this.buffer.subarray(end + 4, consumed).toString("utf8");
    } else if (/\r\ntransfer-encoding:\s*chunked/i.test(head)) {
      const parts: Buffer[] = [];
      let at = end + 4;
      for (;;) {
        const lineEnd = this.buffer.indexOf("\r\n", at);
        if (lineEnd < 0) return;
        const size = parseInt(this.buffer.subarray(at, lineEnd).toString("latin1"), 16);
        if (this.buffer.length < lineEnd + 2 + size + 2) return;
        if (size === 0) {
          consumed = lineEnd + 4;
          break;
        }
        parts.push(this.buffer.subarray(lineEnd + 2, lineEnd + 2 + size));
        at = lineEnd + 2 + size + 2;
      }
      body = Buffer.concat(parts).toString("utf8");
    } else {
      consumed = end + 4;
      body = "";
    }
    this.buffer = this.buffer.subarray(consumed);
    const p = this.pending;
    this.pending = undefined;
    if (/\r\nconnection:\s*close/i.test(head)) this.socket.end();
    else this.release(this);
    p.resolve({ status, body });
  }
}

/** A keep-alive HTTP/1.1 client for one origin (`http://host:port`). */
export function createHttpClient(origin: string) {
  const url = new URL(origin);
  const idle: Connection[] = [];
  const all = new Set<Connection>();
  const release = (c: Connection) => {
    if (!c.closed) idle.push(c);
  };
  function connect(): Promise<Connection> {
    return new Promise((resolve, reject) => {
      const socket = net.connect(Number(url.port), url.hostname, () => {
        socket.off("error", reject);
        const c = new Connection(socket, release);
        all.add(c);
        socket.on("close", () => all.delete(c));
        resolve(c);
      });
      socket.once("error", reject);
    });
  }
  async function send(head: string, payload?: Buffer): Promise<PostResult> {
    let c = idle.pop();
    while (c?.closed) c = idle.pop();
    c ??= await connect();
    return c.send(payload ? Buffer.concat([Buffer.from(head, "latin1"), payload]) : Buffer.from(head, "latin1"));
  }
  const extra = (headers: Record<string, string>) => Object.entries(headers).map(([k, v]) => `${k}: ${v}\r\n`).join("");
  return {
    /** POSTs a JSON body to `path`; rejects when the connection fails before an answer. */
    post(path: string, body: string, headers: Record<string, string> = {}): Promise<PostResult> {
      const payload = Buffer.from(body, "utf8");
      return send(`POST ${path} HTTP/1.1\r\nhost: ${url.host}\r\ncontent-type: application/json\r\ncontent-length: ${payload.length}\r\n${extra(headers)}\r\n`, payload);
    },
    /** GETs `path` (the answer's body read whole). */
    get(path: string, headers: Record<string, string> = {}): Promise<PostResult> {
      return send(`GET ${path} HTTP/1.1\r\nhost: ${url.host}\r\n${extra(headers)}\r\n`);
    },
    close() {
      for (const c of all) c.socket.destroy();
      idle.length = 0;
    },
  };
}
