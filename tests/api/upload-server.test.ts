import { describe, expect, it, vi } from 'vitest';
import { MemoryStore } from '../../graph/memory/index';
import { startServer } from '../../web/server/server';

// Imports load the language analysers (the Korean dictionary) and pdf.js, in a worker too: slow on a busy machine.
vi.setConfig({ testTimeout: 120_000 });

const noError = (error: unknown) => {
  throw error;
};

/** A one-line Korean report as a multipart upload. */
function upload(headers: Record<string, string> = {}): RequestInit {
  const form = new FormData();
  form.set('file', new File(['미국의 인플레이션 감축법(IRA)은 배터리 산업을 지원한다.\n'], 'ira.txt'));
  return { method: 'POST', body: form, headers };
}

async function withServer(host: string, token: string | undefined, body: (url: string) => Promise<void>) {
  const store = MemoryStore.inMemory();
  const server = await startServer({
    store,
    port: 0,
    host,
    onUnexpectedError: noError,
    ...(token ? { token } : {}),
  });
  try {
    // Whatever the bound address, the test talks to loopback only.
    await body(`http://127.0.0.1:${server.port}`);
  } finally {
    await server.close();
    await store.close();
  }
}

describe('write access follows the address the server listens on', () => {
  it('lets a loopback server take uploads without a token', async () => {
    await withServer('127.0.0.1', undefined, async (url) => {
      const response = await fetch(`${url}/api/documents`, upload());
      expect(response.status).toBe(201);
      expect((await response.json()).document.id).toBe('ira');
    });
  });

  it('refuses uploads on a server listening on every interface unless KG_TOKEN is set and sent', async () => {
    await withServer('0.0.0.0', undefined, async (url) => {
      const response = await fetch(`${url}/api/documents`, upload());
      expect(response.status).toBe(403);
      expect((await response.json()).error.message).toMatch(/KG_TOKEN/);
    });
    await withServer('0.0.0.0', 'team-token-1', async (url) => {
      expect((await fetch(`${url}/api/documents`, upload())).status).toBe(401);
      const response = await fetch(`${url}/api/documents`, upload({ Authorization: 'Bearer team-token-1' }));
      expect(response.status).toBe(201);
    });
  });
});

describe('an upload of 200 MB', () => {
  it('is refused with 413 INPUT_TOO_LARGE while it streams in, and the store is unchanged', async () => {
    const store = MemoryStore.inMemory();
    const server = await startServer({ store, port: 0, onUnexpectedError: noError });
    try {
      const head = new TextEncoder().encode(
        '--b0undary\r\nContent-Disposition: form-data; name="file"; filename="big.pdf"\r\n' +
          'Content-Type: application/pdf\r\n\r\n%PDF-1.7\n',
      );
      const chunk = new Uint8Array(2 ** 20).fill(0x41);
      let sent = 0;
      const body = new ReadableStream<Uint8Array>({
        start: (controller) => controller.enqueue(head),
        pull: (controller) => {
          if (sent === 200) return controller.close();
          sent++;
          controller.enqueue(chunk);
        },
      });
      const response = await fetch(`${server.url}/api/documents`, {
        method: 'POST',
        body,
        duplex: 'half',
        headers: { 'Content-Type': 'multipart/form-data; boundary=b0undary' },
      } as RequestInit);
      expect(response.status).toBe(413);
      expect((await response.json()).error.code).toBe('INPUT_TOO_LARGE');
      expect(await store.documents()).toEqual([]);
    } finally {
      await server.close();
      await store.close();
    }
  });
});
