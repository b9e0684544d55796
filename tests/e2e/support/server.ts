import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { loadFixtures, type Fixture } from '../../helpers/fixtures';

/**
 * Serves the fixture pages on 127.0.0.1 (the tests make no other request). Each page is at
 * `/<fixture id>` + the path of its original URL, so date-in-URL and list-URL signals are
 * the same as on the real site; query strings are ignored (tests add `?n=` to tell tabs
 * apart). Any image request gets a generated placeholder photo, so screenshots show
 * figures instead of broken-image boxes.
 */
export interface FixtureServer {
  origin: string;
  fixtures: Fixture[];
  /** The page URL of a fixture; `tag` makes it unique per tab. */
  urlFor(id: string, tag?: string | number): string;
  close(): Promise<void>;
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const fixtures = loadFixtures();
  const routes = new Map<string, Buffer>();
  const paths = new Map<string, string>();
  for (const f of fixtures) {
    const path = `/${f.id}${new URL(f.expected.url).pathname}`;
    // Requests are matched decoded: a path may be percent-encoded Chinese (/tag/15分钟…/).
    routes.set(decodeURIComponent(path), f.html);
    paths.set(f.id, path);
  }
  const image = placeholderPng(640, 360);
  const server = http.createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    const page = routes.get(path);
    if (page) {
      // No charset: the browser reads the page's own <meta charset> (GBK and Big5 pages too).
      res.writeHead(200, { 'content-type': 'text/html', 'cache-control': 'no-store' });
      res.end(page);
    } else if (/\.(?:jpe?g|png|gif|webp)$/i.test(path)) {
      res.writeHead(200, { 'content-type': 'image/png', 'cache-control': 'max-age=3600' });
      res.end(image);
    } else if (path === '/blank.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><title>blank</title><p>blank</p>');
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    fixtures,
    urlFor(id, tag) {
      const path = paths.get(id);
      if (!path) throw new Error(`no fixture ${id}`);
      return `${origin}${path}${tag === undefined ? '' : `?n=${tag}`}`;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A soft landscape (sky, hills) as PNG, drawn here so the tests need no image files. */
export function placeholderPng(width: number, height: number): Buffer {
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1);
    for (let x = 0; x < width; x++) {
      const hill1 = height * (0.62 + 0.08 * Math.sin(x / 90));
      const hill2 = height * (0.75 + 0.05 * Math.sin(x / 55 + 1.3));
      let c: [number, number, number];
      if (y > hill2) c = [88, 128, 104];
      else if (y > hill1) c = [132, 170, 142];
      else {
        const k = y / hill1;
        c = [Math.round(206 + 30 * k), Math.round(224 + 18 * k), Math.round(236 + 8 * k)];
      }
      raw.set(c, row + 1 + x * 3);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;
  header[9] = 2; // RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', zlib.deflateSync(raw)),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

function pngChunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(body));
  return Buffer.concat([len, body, crc]);
}
