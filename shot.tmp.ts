import { launchChromium } from './tests/setup/browser.ts';
const browser = await launchChromium();
const [file, w, h, out] = process.argv.slice(2);
const page = await browser.newPage({ viewport: { width: +w!, height: +h! } });
await page.goto('file:///work/main/dist/' + file);
await page.screenshot({ path: out! });
await browser.close();
