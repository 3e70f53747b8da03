/** Serves a built site on 127.0.0.1 at a free port, the way S3 + CloudFront serve it. */
import { type AddressInfo } from 'node:net';
import { createServer } from 'node:http';
import sirv from 'sirv';

export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

export async function serveStatic(dir: string): Promise<StaticServer> {
  // dev: true reads files per request, so a rebuild into the same directory is served at once.
  const handler = sirv(dir, { dev: true, etag: true });
  const server = createServer((request, response) =>
    handler(request, response, () => {
      response.statusCode = 404;
      response.end('not found');
    }),
  );
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
