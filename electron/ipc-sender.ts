import { isAppUrl } from './app-protocol';

/** The parts of Electron's WebFrameMain and IpcMainInvokeEvent the check reads. */
export type FrameLike = {
  readonly url: string;
  readonly processId: number;
  readonly routingId: number;
  readonly parent: unknown;
};

export type InvokeEventLike = {
  readonly sender: { readonly id: number };
  readonly senderFrame: FrameLike | null;
};

export type MainContentsLike = {
  readonly id: number;
  readonly mainFrame: FrameLike;
  isDestroyed(): boolean;
};

export type SenderCheck = (event: InvokeEventLike) => boolean;

/**
 * An IPC message is trusted only when it comes from the top frame of the main window
 * while that frame shows the app origin. A sub-frame, another window, a frame that
 * navigated away, or a destroyed frame (senderFrame null) is refused, so content that
 * somehow got a frame cannot reach the file system through the bridge.
 */
export function createSenderCheck(getMainContents: () => MainContentsLike | null): SenderCheck {
  return (event) => {
    try {
      const contents = getMainContents();
      if (contents === null || contents.isDestroyed()) return false;
      // Ids, not object identity: Electron may hand out distinct wrappers for one object.
      if (event.sender.id !== contents.id) return false;
      const frame = event.senderFrame;
      if (frame === null || frame.parent !== null) return false;
      const top = contents.mainFrame;
      const sameFrame = frame.processId === top.processId && frame.routingId === top.routingId;
      return sameFrame && isAppUrl(frame.url);
    } catch {
      // Reading a frame that is being torn down can throw: refuse, never crash main.
      return false;
    }
  };
}
