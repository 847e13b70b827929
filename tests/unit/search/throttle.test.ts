import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fastLink, throttledProxy, type ThrottledProxy } from '../../../bench/throttle.ts';

/** The search bench's proxy (bench/throttle.ts) in front of a server that, like the local one, sends no ETag. */
describe("the search bench's proxy", () => {
  let origin: http.Server;
  let proxy: ThrottledProxy;

  beforeAll(async () => {
    origin = http.createServer((request, response) => {
      const body = request.url === '/other' ? 'changed' : 'the same file';
      response.writeHead(200, { 'content-type': 'application/octet-stream' }).end(body);
    });
    await new Promise<void>((resolve) => origin.listen(0, '127.0.0.1', resolve));
    proxy = await throttledProxy(`http://127.0.0.1:${(origin.address() as AddressInfo).port}`, fastLink);
  });

  afterAll(async () => {
    await proxy.close();
    await new Promise((resolve) => origin.close(resolve));
  });

  it('answers a check of a file the browser has with an empty 304, as Netlify does', async () => {
    const first = await fetch(proxy.at('/file'));
    expect(first.status).toBe(200);
    expect(await first.text()).toBe('the same file');
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[\w-]+"$/);

    const again = await fetch(proxy.at('/file'), { headers: { 'if-none-match': `W/${etag}` } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
  });

  it('sends the whole file when the copy the browser has is another one', async () => {
    const first = await fetch(proxy.at('/file'));
    const other = await fetch(proxy.at('/other'), { headers: { 'if-none-match': first.headers.get('etag') ?? '' } });
    expect(other.status).toBe(200);
    expect(await other.text()).toBe('changed');
  });
});
