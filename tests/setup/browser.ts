import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import type { Browser as PuppeteerBrowser } from 'puppeteer-core';

// Flags meant for one-shot serverless use: in single-process mode closing a page ends the browser.
const SERVERLESS_ONLY = /^--(single-process|no-zygote|headless)/;

/**
 * A headless Chromium from the registries only: $CHROMIUM_PATH, Debian's chromium, or the
 * binary shipped inside the @sparticuz/chromium npm package (installed by `npm install`).
 */
async function chromiumBinary(): Promise<{ executablePath: string; args: string[] }> {
  const system = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((p) => p && existsSync(p));
  const sparticuz = system ? null : (await import('@sparticuz/chromium')).default;
  const executablePath = system ?? (await sparticuz!.executablePath());
  const args = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', ...(sparticuz ? sparticuz.args.filter((a) => !SERVERLESS_ONLY.test(a)) : [])];
  return { executablePath, args: [...new Set(args)] };
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ ...(await chromiumBinary()), headless: true });
}

/** The same Chromium driven by puppeteer-core, so that one check runs unchanged in Chromium and Firefox. */
export async function launchChromiumPuppeteer(): Promise<PuppeteerBrowser> {
  const { default: puppeteer } = await import('puppeteer-core');
  return puppeteer.launch({ ...(await chromiumBinary()), browser: 'chrome', headless: true });
}

/** Firefox (Debian's firefox-esr, or $FIREFOX_PATH), driven by puppeteer-core over WebDriver BiDi. */
export async function launchFirefox(): Promise<PuppeteerBrowser> {
  const executablePath = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p) => p && existsSync(p));
  if (!executablePath) throw new Error('No Firefox found: install it (`apt-get install firefox-esr`, which .ci/run does as root) or set FIREFOX_PATH.');
  const { default: puppeteer } = await import('puppeteer-core');
  return puppeteer.launch({ browser: 'firefox', executablePath, headless: true });
}
