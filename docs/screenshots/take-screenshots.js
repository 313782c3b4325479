// Takes the README's screenshots from a running demo (the production jar on port 8090 with --hub.embedded-db.demo=true
// on a fresh data folder): npm install playwright-core, then BASE=http://localhost:8090 OUT=docs/screenshots node docs/screenshots/take-screenshots.js
// (Debian's /usr/bin/chromium). Each run calls a ticket at agadir's counter 1, so a second run needs a fresh demo.
const { chromium } = require('playwright-core');
const base = process.env.BASE || 'http://localhost:8090';
const out = process.env.OUT || '/tmp/docshots';
const fs = require('fs'); fs.mkdirSync(out, { recursive: true });
(async () => {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  const shot = (page, name) => page.screenshot({ path: `${out}/${name}.jpg`, type: 'jpeg', quality: 72 });
  async function context(locale, w, h) { return browser.newContext({ locale, viewport: { width: w, height: h } }); }
  async function kiosk(locale, w, h, prefix, language) {
    const ctx = await context(locale, w, h); const page = await ctx.newPage();
    await page.goto(base + '/kiosk/agadir'); await page.waitForTimeout(2500);
    if (await page.$('vaadin-text-field.kiosk-registration-code')) {
      await page.fill('vaadin-text-field.kiosk-registration-code input', 'demo-agadir-entrance');
      await page.click('vaadin-button.kiosk-register'); await page.waitForTimeout(2500);
    }
    await shot(page, prefix + '-1-languages');
    await page.click(`vaadin-button.language-tile >> nth=${language}`); await page.waitForTimeout(1500);
    await shot(page, prefix + '-2-services');
    await page.click('vaadin-button.service-tile'); await page.waitForTimeout(1200);
    await shot(page, prefix + '-3-priority');
    await page.click('vaadin-button.priority-none'); await page.waitForTimeout(2000);
    await shot(page, prefix + '-4-ticket');
    const link = await page.getAttribute('img.qr-code', 'data-qr');
    await ctx.close();
    return link;
  }
  const link = await kiosk('ar-MA', 1080, 1920, 'kiosk-portrait', 0);
  await kiosk('fr-FR', 1920, 1080, 'kiosk-landscape', 2);
  { const ctx = await context('ar-MA', 390, 844); const page = await ctx.newPage();
    await page.goto(link); await page.waitForTimeout(2500); await shot(page, 'phone'); await ctx.close(); }
  { const ctx = await context('fr-FR', 1920, 1080); const page = await ctx.newPage();
    await page.goto(base + '/display/agadir?lang=fr'); await page.waitForTimeout(2500); await shot(page, 'display'); await ctx.close(); }
  async function signIn(page, who) {
    await page.goto(base + '/login'); await page.fill('input[name=username]', who); await page.fill('input[name=password]', 'demo');
    await page.click('vaadin-login-form vaadin-button'); await page.waitForTimeout(3000);
  }
  { const ctx = await context('fr-FR', 1366, 900); const page = await ctx.newPage();
    await signIn(page, 'agent');
    await page.goto(base + '/counter'); await page.waitForTimeout(2000);
    await page.click('vaadin-select.counter-select'); await page.waitForTimeout(800);
    await page.click('vaadin-select.counter-select vaadin-select-item >> nth=0'); await page.waitForTimeout(1500);
    await page.click('vaadin-button.counter-callNext'); await page.waitForTimeout(1500);
    await page.click('vaadin-button.counter-receive'); await page.waitForTimeout(2000);
    await shot(page, 'counter'); await ctx.close(); }
  { const ctx = await context('fr-FR', 1440, 900); const page = await ctx.newPage();
    await signIn(page, 'supervisor');
    for (const [path, name] of [['/supervision?area=nation', 'supervision-live'], ['/supervision/center/agadir', 'supervision-center'],
        ['/supervision/trends', 'supervision-trends'], ['/programs', 'programs']]) {
      await page.goto(base + path); await page.waitForTimeout(4000); await shot(page, name);
    }
    await ctx.close(); }
  { const ctx = await context('ar-MA', 1440, 900); const page = await ctx.newPage();
    await signIn(page, 'supervisor');
    await page.goto(base + '/supervision/trends'); await page.waitForTimeout(4000); await shot(page, 'supervision-trends-ar');
    await ctx.close(); }
  { const ctx = await context('fr-FR', 1440, 900); const page = await ctx.newPage();
    await signIn(page, 'admin');
    await page.goto(base + '/admin/centers'); await page.waitForTimeout(2500); await shot(page, 'admin'); await ctx.close(); }
  await browser.close();
})();
