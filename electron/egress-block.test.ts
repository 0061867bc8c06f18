import { describe, it, expect } from 'vitest';
import { installEgressBlock, type RequestCallback, type RequestDetails } from './egress-block';

function fakeWebRequest() {
  let listener: ((details: RequestDetails, callback: RequestCallback) => void) | undefined;
  const blocked: string[] = [];
  installEgressBlock(
    {
      onBeforeRequest: (l) => {
        listener = l;
      },
    },
    (_what, url) => blocked.push(url),
  );
  const decide = (url: string): boolean => {
    let cancelled: boolean | undefined;
    listener?.({ url }, (response) => (cancelled = response.cancel));
    if (cancelled === undefined) throw new Error('the callback was not called');
    return cancelled;
  };
  return { decide, blocked };
}

describe('egress block', () => {
  it('cancels a request to https://example.com and reports it', () => {
    const { decide, blocked } = fakeWebRequest();
    expect(decide('https://example.com/')).toBe(true);
    expect(blocked).toEqual(['https://example.com/']);
  });

  it('allows the app itself', () => {
    const { decide, blocked } = fakeWebRequest();
    expect(decide('app://airlock/index.html')).toBe(false);
    expect(decide('app://airlock/assets/index-abc123.js')).toBe(false);
    expect(blocked).toEqual([]);
  });

  it.each([
    'http://127.0.0.1:8080/',
    'http://localhost/',
    'wss://example.com/socket',
    'ftp://example.com/file',
    'file:///etc/passwd',
    'devtools://devtools/bundled/inspector.html',
    'chrome-extension://abc/x.js',
    'app://evil/index.html',
    'app://airlock.example.com/index.html',
    'blob:https://example.com/0d5e',
    'https://airlock/index.html',
  ])('cancels %s', (url) => {
    const { decide } = fakeWebRequest();
    expect(decide(url)).toBe(true);
  });

  it('allows in-memory data and blob URLs of the app origin', () => {
    const { decide } = fakeWebRequest();
    expect(decide('data:image/png;base64,iVBORw0KGgo=')).toBe(false);
    expect(decide('blob:app://airlock/4b1d6c7e-0000-4000-8000-000000000000')).toBe(false);
  });
});
