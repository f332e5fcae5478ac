import { chromium, type Browser } from 'playwright-core';

/**
 * Debian's Chromium, installed by tests/scripts/ensure-chromium.sh. The flags keep it from reaching for the
 * network (there is none here) and let it run as root in a container.
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}
