import type { CDPSession, Locator, Page } from 'playwright-core';

/**
 * The page's file choosers, held back by Chromium and reported over a DevTools session of the test's own.
 *
 * Not `page.waitForEvent('filechooser')`: Playwright turns Chromium's interception on when the first listener is
 * added and does not wait for it. Chromium applies that flag in the renderer from the DevTools pipe, while a key press
 * reaches the page through the input pipe, so a key pressed right after can open the chooser before interception is
 * on; that chooser then goes to the (headless, invisible) native dialog and no event comes. Measured on this machine
 * (32 presses, pw:protocol log): a chooser was reported every time the interception command's answer came back before
 * the keyDown's, and never when it came after. Here the command's answer is awaited once, before any key is pressed.
 */
export interface FileChoosers {
  /**
   * Runs `act` and resolves once a file chooser opened for `input`; rejects when none opened within `timeoutMs`, or
   * one opened for another element. The chooser is answered with no file, as Cancel would.
   */
  expectOpenedBy(input: Locator, act: () => Promise<void>, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

/** CDP lists a node's attributes as [name, value, name, value, …]. */
function attributeOf(attributes: readonly string[], name: string): string | undefined {
  for (let i = 0; i + 1 < attributes.length; i += 2) if (attributes[i] === name) return attributes[i + 1];
  return undefined;
}

export async function interceptFileChoosers(page: Page): Promise<FileChoosers> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const opened: number[] = [];
  let wake: (() => void) | undefined;
  cdp.on('Page.fileChooserOpened', (event) => {
    if (event.backendNodeId !== undefined) opened.push(event.backendNodeId);
    wake?.();
  });
  await cdp.send('Page.enable');
  // The answer comes from the renderer once the flag is set there: every key pressed after it is intercepted.
  await cdp.send('Page.setInterceptFileChooserDialog', { enabled: true });

  const next = (seen: number, timeoutMs: number) =>
    new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => {
        wake = undefined;
        reject(new Error(`no file chooser opened within ${timeoutMs} ms`));
      }, timeoutMs);
      wake = () => {
        if (opened.length <= seen) return;
        clearTimeout(timer);
        wake = undefined;
        resolve(opened[seen]!);
      };
      wake();
    });

  return {
    async expectOpenedBy(input, act, timeoutMs = 10_000) {
      const expectedId = await input.getAttribute('id');
      if (!expectedId) throw new Error('the file input has no id to recognise its chooser by');
      const seen = opened.length;
      await act();
      const backendNodeId = await next(seen, timeoutMs);
      const { node } = await cdp.send('DOM.describeNode', { backendNodeId });
      const openedFor = attributeOf(node.attributes ?? [], 'id');
      await cdp.send('DOM.setFileInputFiles', { files: [], backendNodeId });
      if (openedFor !== expectedId) {
        throw new Error(`the file chooser opened for ${node.nodeName}#${openedFor ?? '(no id)'}, not for #${expectedId}`);
      }
    },
    close: () => cdp.detach(),
  };
}
