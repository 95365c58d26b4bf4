import type { IncomingMessage } from "node:http";
import { AppError } from "../errors/app-error";

/** A Node request's body as UTF-8 text, refusing more than `maxBytes` without buffering it all. */
export function readNodeBody(req: IncomingMessage, maxBytes: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers["content-length"] ?? "0");
    const tooLarge = () =>
      new AppError("PAYLOAD_TOO_LARGE", `请求体超过 ${Math.round(maxBytes / 1024)} KB (body too large)`, [{ field: "body", message: `at most ${maxBytes} bytes` }]);
    if (declared > maxBytes) {
      req.resume();
      reject(tooLarge());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        req.removeAllListeners("data");
        req.resume();
        reject(tooLarge());
      } else {
        chunks.push(chunk);
      }
    });
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}
