import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { placeholderPng } from './server';

/**
 * Serves pages the security tests make up (attack pages, bad input) on 127.0.0.1 and
 * remembers every path asked for, so a test can tell which requests reached the server.
 * Any *.jpg/png/gif/webp path is a placeholder photo.
 */
export interface Route {
  body: string | Buffer;
  /** Content-Type; default `text/html; charset=utf-8`. */
  type?: string;
}

export interface PageServer {
  origin: string;
  url(path: string): string;
  set(path: string, route: Route | string | Buffer): void;
  /** Paths requested so far (decoded, without the query). */
  readonly requested: string[];
  close(): Promise<void>;
}

export async function startPageServer(routes: Record<string, Route | string | Buffer> = {}): Promise<PageServer> {
  const table = new Map<string, Route>();
  const set = (path: string, route: Route | string | Buffer) => table.set(path, typeof route === 'string' || Buffer.isBuffer(route) ? { body: route } : route);
  for (const [path, route] of Object.entries(routes)) set(path, route);
  const requested: string[] = [];
  const image = placeholderPng(320, 180);
  const server = http.createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    requested.push(path);
    const route = table.get(path);
    if (route) {
      res.writeHead(200, { 'content-type': route.type ?? 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(route.body);
    } else if (/\.(?:jpe?g|png|gif|webp)$/i.test(path)) {
      res.writeHead(200, { 'content-type': 'image/png', 'cache-control': 'no-store' });
      res.end(image);
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path) => origin + path,
    set,
    requested,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
