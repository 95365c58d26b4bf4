import net from "node:net";

/**
 * One SMTP conversation, line by line, as a relay returning a delivery report holds it: the null
 * sender, each recipient, the message. Returns every reply, so a test sees what was refused.
 */
export async function smtpConversation(port: number, envelope: { from: string; to: string[] }, message: string): Promise<string[]> {
  const socket = net.connect(port, "127.0.0.1");
  socket.setEncoding("utf8");
  const replies: string[] = [];
  let buffer = "";
  let waiting: ((reply: string) => void) | null = null;
  socket.on("data", (chunk: string) => {
    buffer += chunk;
    // A complete reply ends with a line "NNN text" (a space, not a hyphen, after the code).
    const match = /(?:^|\r\n)(\d{3}) [^\r\n]*\r\n$/.exec(buffer);
    if (match && waiting) {
      const reply = buffer.trim();
      buffer = "";
      const done = waiting;
      waiting = null;
      done(reply);
    }
  });
  const next = () => new Promise<string>((resolve) => (waiting = resolve));
  const say = async (line: string) => {
    const reply = next();
    socket.write(`${line}\r\n`);
    replies.push(await reply);
    return replies.at(-1)!;
  };
  await next();
  await say("EHLO relay.example.cn");
  await say(`MAIL FROM:<${envelope.from}>`);
  let accepted = 0;
  for (const to of envelope.to) if ((await say(`RCPT TO:<${to}>`)).startsWith("250")) accepted++;
  if (accepted > 0) {
    await say("DATA");
    // Dot-stuffing: a line starting with "." gets another.
    await say(`${message.replace(/\r?\n/g, "\r\n").replace(/^\./gm, "..")}\r\n.`);
  }
  await say("QUIT");
  socket.end();
  return replies;
}
