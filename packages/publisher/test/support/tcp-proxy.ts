import { createServer, type Socket, connect } from 'node:net';

/**
 * A loopback TCP proxy that a test can cut and restore, to take "the database" (or an SSH host, an S3 store) away
 * mid-operation. `dropAfterBytes(n)` arms a one-off drop: once n more bytes have gone from the clients to the
 * server, every open connection is cut (new ones are accepted again), as a flaky link does mid-upload.
 */
export async function startTcpProxy(target: { host: string; port: number }) {
  const sockets = new Set<Socket>();
  let down = false;
  let dropAt: number | null = null;
  let sentUp = 0;
  let drops = 0;
  const dropAll = () => {
    for (const s of sockets) s.destroy();
    sockets.clear();
  };
  const server = createServer((client) => {
    if (down) {
      client.destroy();
      return;
    }
    const upstream = connect(target.port, target.host);
    sockets.add(client);
    sockets.add(upstream);
    client.on('data', (chunk: Buffer) => {
      sentUp += chunk.length;
      if (dropAt !== null && sentUp >= dropAt) {
        dropAt = null;
        drops += 1;
        dropAll();
      }
    });
    client.pipe(upstream).pipe(client);
    const close = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('error', close);
    upstream.on('error', close);
    client.on('close', close);
    upstream.on('close', close);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return {
    port,
    /** Bytes sent from the clients to the server so far. */
    bytesUp: () => sentUp,
    /** How many armed drops have happened. */
    drops: () => drops,
    dropAfterBytes(bytes: number) {
      dropAt = sentUp + bytes;
    },
    cut() {
      down = true;
      dropAll();
    },
    restore() {
      down = false;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export { freePort } from '../../../../vitest.shared.ts';
