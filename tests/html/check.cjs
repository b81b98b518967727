// Opens an HTML report in headless Chromium (Debian's /usr/bin/chromium, driven
// by playwright-core from build/npm) and prints what a person would see, as one
// JSON object, for tests/html.sh to judge:
//   node check.cjs PAGE.html [--screenshot FILE] [--section-shot FILE] [--hover COMPANY]
//                  [--noscript] [--repeat N] [--post FILE] [--timeline-shot FILE]
// PAGE may be a daemon's URL: then requests to its own origin are allowed and
// listed in own_requests (the long poll), --post appends through it.
// {"ms": load to charts drawn, "errors": [console errors and page errors],
//  "requests": [every request other than the page itself], "markers": {id: dated
//  events the chart shows}, "glyphs": {id: markers drawn (one per type, direction
//  and session, with its count)},
//  "charts": n, "sections": n, "timeline_rows": n, "noprices": n, "empty": bool,
//  "hover": {"seq", "tip"}, "noscript_rows": n, "page_ms": navigation start to charts drawn}
// Every wait has a limit; the whole run stops itself after 60 s.
'use strict';
const path = require('path');
const npm = process.env.NPM_DIR || path.join(__dirname, '..', '..', 'build', 'npm');
const { chromium } = require(path.join(npm, 'node_modules', 'playwright-core'));

const args = process.argv.slice(2);
const fs = require('fs');
const page_path = /^https?:/.test(args[0]) ? null : path.resolve(args[0]);
const opt = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : null;
};
const url = page_path ? 'file://' + page_path : args[0];
const origin = page_path ? null : new URL(url).origin;
const own = (u) => u === url || (origin && u.startsWith(origin + '/'));
const killer = setTimeout(() => {
  console.log(JSON.stringify({ fatal: 'timed out after 60 s' }));
  process.exit(3);
}, 60000);

(async () => {
  const out = { errors: [], requests: [], own_requests: [] };
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    timeout: 30000,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    // Any request but the page itself is recorded and refused.
    await context.route('**/*', (route) => {
      const u = route.request().url();
      if (own(u)) return route.continue();
      out.requests.push(u);
      return route.abort();
    });
    const page = await context.newPage();
    page.setDefaultTimeout(20000);
    page.on('console', (m) => { if (m.type() === 'error') out.errors.push(m.text()); });
    page.on('pageerror', (e) => out.errors.push(String(e)));
    page.on('request', (r) => {
      const u = r.url();
      if (own(u)) { if (u !== url) out.own_requests.push(new URL(u).pathname); }
      else if (!out.requests.includes(u)) out.requests.push(u);
    });
    const t0 = Date.now();
    await page.goto(url, { waitUntil: 'load', timeout: 20000 });
    await page.waitForFunction(() => document.documentElement.getAttribute('data-ready') === '1', null, { timeout: 20000 });
    out.ms = Date.now() - t0;
    Object.assign(out, await page.evaluate(() => ({
      page_ms: window.seismoReport.ms,
      charts_ms: window.seismoReport.charts_ms,
      timing: window.seismoReport.timing,
      log: window.seismoReport.log,
      markers: window.seismoReport.markers,
      glyphs: window.seismoReport.glyphs || window.seismoReport.markers,
      charts: window.seismoReport.charts,
      canvases: document.querySelectorAll('.chart canvas').length,
      sections: document.querySelectorAll('section.company').length,
      timeline_rows: document.querySelectorAll('table.timeline tbody tr[id]').length,
      noprices: document.querySelectorAll('.noprices').length,
      empty: !!document.querySelector('.empty'),
      title: document.title,
    })));
    out.first = { charts_ms: out.charts_ms, page_ms: out.page_ms }; /* the cold load */
    // --repeat N: load N times in all and keep the fastest draw (a shared machine's noise).
    for (let i = 1; i < Number(opt('--repeat') || 1); i++) {
      await page.reload({ waitUntil: 'load', timeout: 20000 });
      await page.waitForFunction(() => document.documentElement.getAttribute('data-ready') === '1', null, { timeout: 20000 });
      const again = await page.evaluate(() => [window.seismoReport.ms, window.seismoReport.charts_ms]);
      out.page_ms = Math.min(out.page_ms, again[0]);
      out.charts_ms = Math.min(out.charts_ms, again[1]);
    }
    const hover = opt('--hover');
    if (hover) {
      // Point at the company's first marker: find it by moving up from the line.
      const el = await page.$(`section[data-company="${hover}"] .chart.price`);
      await el.scrollIntoViewIfNeeded();
      const pos = await page.evaluate((id) => window.seismoReport.markerPoint(id, 0), hover);
      const box = await el.boundingBox();
      out.hover = { seq: pos && pos.seq, tip: '' };
      for (let dy = 0; pos && dy <= 60 && !out.hover.tip; dy += 2) {
        for (const sgn of [-1, 1]) {
          await page.mouse.move(box.x + pos.x, box.y + pos.y + sgn * dy);
          await page.waitForTimeout(30);
          out.hover.tip = await page.$eval(`section[data-company="${hover}"] .tip`, (t) => t.textContent);
          if (out.hover.tip) { out.hover.dy = sgn * dy; break; }
        }
      }
      if (out.hover.tip) {
        await page.mouse.click(box.x + pos.x, box.y + pos.y + out.hover.dy);
        await page.waitForTimeout(50);
        out.hover.pinned_row = await page.$eval('tr.hit', (r) => r.id.replace(/^e[0-9]+-/, '')).catch(() => null);
      }
    }
    // --post FILE: append FILE (NDJSON events) through the daemon, then wait for
    // the page to reload by itself and draw again.
    const post = opt('--post');
    if (post && origin) {
      const reloaded = page.waitForEvent('load', { timeout: 45000 });
      const r = await fetch(origin + '/v1/events', {
        method: 'POST', headers: { 'Content-Type': 'application/x-ndjson' }, body: fs.readFileSync(post),
      });
      out.post_status = r.status;
      await reloaded;
      await page.waitForFunction(() => document.documentElement.getAttribute('data-ready') === '1', null, { timeout: 20000 });
      out.after = await page.evaluate(() => ({
        markers: window.seismoReport.markers,
        timeline_rows: document.querySelectorAll('table.timeline tbody tr[id]').length,
      }));
    }
    const shot = opt('--screenshot');
    if (shot) {
      await page.mouse.move(0, 0);
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: shot, fullPage: false, timeout: 20000 });
      const sec = opt('--section-shot');
      if (sec) {
        const s = await page.$('section.company');
        if (s) await s.screenshot({ path: sec, timeout: 20000 });
      }
    }
    // --timeline-shot FILE: open the folded timeline (a click on its summary),
    // time it to the next frame, and photograph its rows where two chunks meet.
    const tshot = opt('--timeline-shot');
    if (tshot) {
      await page.mouse.move(0, 0);
      out.timeline_open_ms = await page.evaluate(() => new Promise((done) => {
        const d = [...document.querySelectorAll('details')].find((x) => x.querySelector('table.timeline'));
        if (!d) return done(null);
        d.scrollIntoView();
        const t0 = performance.now();
        d.querySelector('summary').click();
        void document.body.offsetHeight;
        requestAnimationFrame(() => setTimeout(() => done(Math.round(performance.now() - t0)), 0));
      }));
      const rows = await page.$$('table.timeline tbody tr[id]');
      const at = rows[Math.min(rows.length - 1, 497)];
      if (at) {
        await at.evaluate((r) => r.scrollIntoView({ block: 'start' }));
        await page.waitForTimeout(100);
        await page.screenshot({ path: tshot, fullPage: false, timeout: 20000 });
      }
    }
    if (args.includes('--noscript')) {
      const ctx2 = await browser.newContext({ javaScriptEnabled: false });
      await ctx2.route('**/*', (route) => (own(route.request().url()) ? route.continue() : route.abort()));
      const p2 = await ctx2.newPage();
      await p2.goto(url, { waitUntil: 'load', timeout: 20000 });
      out.noscript_rows = await p2.evaluate(() => document.querySelectorAll('table tbody tr').length);
      out.noscript_ready = await p2.evaluate(() => document.documentElement.getAttribute('data-ready'));
      await ctx2.close();
    }
    await context.close();
  } catch (e) {
    out.fatal = String(e && e.message ? e.message : e);
  } finally {
    await browser.close().catch(() => {});
    clearTimeout(killer);
  }
  console.log(JSON.stringify(out));
  process.exit(out.fatal ? 2 : 0);
})();
