import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/**
 * A headless Chromium from the registries only: $CHROMIUM_PATH, Debian's chromium, or the
 * binary shipped inside the @sparticuz/chromium npm package (installed by `npm ci`).
 */
// Flags meant for one-shot serverless use: in single-process mode closing a page ends the browser.
const SERVERLESS_ONLY = /^--(single-process|no-zygote|headless)/;

export async function launchChromium(): Promise<Browser> {
  const system = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((p) => p && existsSync(p));
  const sparticuz = system ? null : (await import('@sparticuz/chromium')).default;
  const executablePath = system ?? (await sparticuz!.executablePath());
  const args = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', ...(sparticuz ? sparticuz.args.filter((a) => !SERVERLESS_ONLY.test(a)) : [])];
  return chromium.launch({ executablePath, args: [...new Set(args)], headless: true });
}
