import type { PickedFile } from '../../shared/ipc/contract';
import { fail, ok } from '../../shared/ipc/result';
import type { Platform } from './platform';

/** The browser implementation of the Platform port, used by `npm run web` and e2e. */
export function createWebPlatform(doc: Document = document): Platform {
  return {
    shell: 'web',
    appInfo: () =>
      Promise.resolve(
        ok({
          name: 'Airlock',
          version: __APP_VERSION__,
          shell: 'web',
          platform: navigator.platform,
        }),
      ),
    openFiles: async (args) => {
      const files = await pickFiles(
        doc,
        args.filters.flatMap((f) => f.extensions),
        args.multiple,
      );
      const tooLarge = files.find((f) => f.size > args.maxBytes);
      if (tooLarge !== undefined) {
        return fail('too-large', `${tooLarge.name} is larger than ${args.maxBytes} bytes`);
      }
      const picked: PickedFile[] = [];
      for (const file of files) {
        picked.push({
          name: file.name,
          size: file.size,
          bytes: new Uint8Array(await file.arrayBuffer()),
        });
      }
      return ok(picked);
    },
    saveFile: (args) => {
      const blob = new Blob([args.bytes.slice().buffer], { type: 'application/octet-stream' });
      const url = URL.createObjectURL(blob);
      const link = doc.createElement('a');
      link.href = url;
      link.download = args.suggestedName;
      link.rel = 'noopener';
      doc.body.append(link);
      link.click();
      link.remove();
      // Revoke later: Chromium reads the blob asynchronously after the click.
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      return Promise.resolve(ok({ saved: true }));
    },
    folders: null,
    printToPdf: () => {
      window.print();
      return Promise.resolve(ok({ saved: false }));
    },
    onLockRequested: () => () => undefined,
  };
}

function pickFiles(doc: Document, extensions: string[], multiple: boolean): Promise<File[]> {
  return new Promise((resolve) => {
    const input = doc.createElement('input');
    input.type = 'file';
    input.multiple = multiple;
    const accept = extensions.filter((e) => e !== '*').map((e) => `.${e}`);
    if (accept.length > 0) input.accept = accept.join(',');
    input.style.display = 'none';
    input.addEventListener('change', () => {
      resolve(Array.from(input.files ?? []));
      input.remove();
    });
    input.addEventListener('cancel', () => {
      resolve([]);
      input.remove();
    });
    doc.body.append(input);
    input.click();
  });
}
