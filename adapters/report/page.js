/* The HTML report's script (inlined into the page by adapters/report/html.c).
 * Draws the charts from the JSON island #seismo-data with lightweight-charts
 * v5 (the standalone build, window.LightweightCharts): the tables are in the
 * page's HTML, so without scripts nothing but the charts is missing. */
(function () {
  'use strict';
  var t0 = performance.now();
  var LWC = window.LightweightCharts;
  var data = JSON.parse(document.getElementById('seismo-data').textContent);
  var state = { markers: {}, charts: 0, ready: false };
  state.markerPoint = function (id, k) { return state.points && state.points[id] ? state.points[id](k) : null; };
  window.seismoReport = state;
  var DAY = 86400;
  var pct = function (v) { return (v > 0 ? '+' : '') + v.toFixed(2) + '%'; };
  var base = {
    autoSize: true,
    layout: { background: { color: '#ffffff' }, textColor: '#1d2330', fontSize: 12, attributionLogo: false },
    grid: { vertLines: { color: '#eef0f4' }, horzLines: { color: '#eef0f4' } },
    rightPriceScale: { borderColor: '#d9dde5' },
    timeScale: { borderColor: '#d9dde5' }
  };
  var quiet = { lastValueVisible: false, priceLineVisible: false };
  function opts(extra) { return Object.assign({}, base, extra); }
  function series(chart, kind, o) { return chart.addSeries(kind, Object.assign({}, quiet, o)); }
  function relative(extra) {
    /* Day -10..+10 as times 1..21 (seconds), labelled as event days. */
    var label = function (t) { var d = t - 11; return d > 0 ? '+' + d : String(d); };
    return opts(Object.assign({
      timeScale: { borderColor: '#d9dde5', tickMarkFormatter: label, fixLeftEdge: true, fixRightEdge: true },
      localization: { timeFormatter: function (t) { return 'day ' + label(t); } }
    }, extra || {}));
  }
  var pctFormat = { type: 'custom', formatter: function (v) { return pct(v); }, minMove: 0.01 };

  function cellText(row, i) { return row && row.cells[i] ? row.cells[i].textContent : ''; }

  function showEvent(ci, seq, tip, pin, more) {
    var row = document.getElementById('e' + ci + '-' + seq);
    if (!row) return;
    tip.textContent = '';
    var b = document.createElement('b');
    b.textContent = cellText(row, 1) + ', ' + cellText(row, 0);
    tip.appendChild(b);
    var fig = cellText(row, 2);
    if (fig) tip.appendChild(document.createTextNode(': ' + fig));
    tip.appendChild(document.createElement('br'));
    tip.appendChild(document.createTextNode('\u201c' + cellText(row, 4) + '\u201d'));
    tip.appendChild(document.createElement('br'));
    var src = document.createElement('small');
    src.textContent = 'source: ' + cellText(row, 5);
    tip.appendChild(src);
    if (more > 1) tip.appendChild(document.createTextNode(' (and ' + (more - 1) + ' more of this type that day: see the timeline)'));
    tip.classList.toggle('pinned', !!pin);
    if (pin) {
      var old = document.querySelectorAll('tr.hit');
      for (var i = 0; i < old.length; i++) old[i].classList.remove('hit');
      row.classList.add('hit');
    }
  }

  function priceChart(c, ci) {
    var el = document.getElementById('price-' + ci);
    if (!el || !c.t.length) return;
    var chart = LWC.createChart(el, opts({ localization: { priceFormatter: function (v) { return v.toFixed(2); } } }));
    var line = series(chart, LWC.LineSeries, { color: '#1d2330', lineWidth: 2, lastValueVisible: true });
    var pts = new Array(c.t.length);
    for (var i = 0; i < c.t.length; i++) pts[i] = { time: c.t[i] * DAY, value: c.v[i] };
    line.setData(pts);
    /* A marker stands for m.n events (default 1) of one type and direction on
     * one session, the first of them m.s: its count is its text. */
    var count = {}, reaction = {}, events = 0;
    var ms = c.markers.map(function (m) {
      var type = data.types[m.y] || '';
      count[m.s] = m.n || 1;
      if (m.p !== undefined) reaction[m.s] = m.p;
      var o = {
        id: String(m.s), time: m.t * DAY, color: data.colors[type] || '#888',
        position: m.u < 0 ? 'belowBar' : 'aboveBar',
        shape: m.u > 0 ? 'arrowUp' : m.u < 0 ? 'arrowDown' : 'circle',
        size: 1
      };
      if (m.n > 1) o.text = String(m.n);
      return o;
    });
    ms.sort(function (a, b) { return a.time - b.time; });
    var plugin = LWC.createSeriesMarkers(line, ms);
    plugin.markers().forEach(function (m) { events += count[m.id] || 0; });
    state.markers[c.id] = events; /* the dated events the chart shows */
    (state.glyphs = state.glyphs || {})[c.id] = plugin.markers().length;
    el.setAttribute('data-markers', String(events));
    chart.timeScale().fitContent();
    state.points = state.points || {};
    state.points[c.id] = function (k) {
      /* Where marker k sits on the line, relative to the chart (for tests and people alike). */
      var m = ms[k];
      if (!m) return null;
      var lo = 0, hi = c.t.length - 1, day = m.time / DAY;
      while (lo < hi) { var mid = (lo + hi) >> 1; if (c.t[mid] < day) lo = mid + 1; else hi = mid; }
      return { seq: Number(m.id), x: chart.timeScale().timeToCoordinate(m.time), y: line.priceToCoordinate(c.v[lo]) };
    };
    var tip = document.getElementById('tip-' + ci), pinned = null;
    chart.subscribeCrosshairMove(function (p) {
      if (p.hoveredObjectId !== undefined && p.hoveredObjectId !== null) showEvent(ci, p.hoveredObjectId, tip, false, count[p.hoveredObjectId]);
      else if (pinned !== null) showEvent(ci, pinned, tip, true, count[pinned]);
    });
    chart.subscribeClick(function (p) {
      if (p.hoveredObjectId === undefined || p.hoveredObjectId === null) return;
      pinned = p.hoveredObjectId;
      showEvent(ci, pinned, tip, true, count[pinned]);
      var pick = document.getElementById('pick-' + ci);
      if (pick && reaction[pinned] !== undefined) {
        pick.value = String(reaction[pinned]);
        pick.dispatchEvent(new Event('change'));
      }
    });
    state.charts++;
  }

  function pathChart(c, ci) {
    var el = document.getElementById('path-' + ci), pick = document.getElementById('pick-' + ci);
    if (!el || !pick || !c.paths.length) return;
    c.paths.forEach(function (p, k) {
      var o = document.createElement('option');
      o.value = String(k);
      o.textContent = p.day0 + ': ' + p.types.join(', ') + (p.n > 1 ? ' (' + p.n + ' events)' : '');
      pick.appendChild(o);
    });
    var chart = LWC.createChart(el, relative());
    var ar = series(chart, LWC.HistogramSeries, { priceFormat: pctFormat, title: 'AR' });
    var car = series(chart, LWC.LineSeries, { color: '#1f77b4', lineWidth: 2, priceFormat: pctFormat, title: 'CAR' });
    var lo = series(chart, LWC.LineSeries, { color: '#9bbbd8', lineWidth: 1, lineStyle: 2, priceFormat: pctFormat });
    var hi = series(chart, LWC.LineSeries, { color: '#9bbbd8', lineWidth: 1, lineStyle: 2, priceFormat: pctFormat });
    function pts(a, bars) {
      var out = [];
      for (var k = 0; k < a.length; k++) {
        if (a[k] === null) continue;
        var p = { time: k + 1, value: a[k] };
        if (bars) p.color = a[k] >= 0 ? 'rgba(10,125,50,0.55)' : 'rgba(179,38,30,0.55)';
        out.push(p);
      }
      return out;
    }
    function draw() {
      var p = c.paths[Number(pick.value) || 0];
      ar.setData(pts(p.ar, true));
      car.setData(pts(p.car));
      lo.setData(pts(p.car_lo));
      hi.setData(pts(p.car_hi));
      chart.timeScale().fitContent();
    }
    pick.addEventListener('change', draw);
    draw();
    state.charts++;
  }

  function caarChart() {
    var el = document.getElementById('caar-chart');
    if (!el || !data.caar.length) return;
    var chart = LWC.createChart(el, relative());
    data.caar.forEach(function (row) {
      var mk = function (a) { var o = []; for (var k = 0; k < a.length; k++) if (a[k] !== null) o.push({ time: k + 1, value: a[k] }); return o; };
      series(chart, LWC.LineSeries, { color: row.color, lineWidth: 2, priceFormat: pctFormat, title: row.type + ' (' + row.n + ')' }).setData(mk(row.caar));
      if (row.n >= 5) { /* with fewer, t(0.975, n - 1) makes the band swamp the chart: the table has it */
        series(chart, LWC.LineSeries, { color: row.color, lineWidth: 1, lineStyle: 2, priceFormat: pctFormat }).setData(mk(row.lo));
        series(chart, LWC.LineSeries, { color: row.color, lineWidth: 1, lineStyle: 2, priceFormat: pctFormat }).setData(mk(row.hi));
      }
    });
    chart.timeScale().fitContent();
    state.charts++;
  }

  function live() {
    /* Long-poll the daemon's log; once events arrive and the read models have
     * caught up with them, reload: the daemon builds the page anew. */
    var after = data.log.seq, tries = 0;
    function reloadWhenCaughtUp() {
      fetch('/v1/status', { cache: 'no-store' }).then(function (r) { return r.json(); }).then(function (s) {
        var lag = (s.projections || []).reduce(function (m, p) { return Math.max(m, p.lag); }, 0);
        if (lag === 0 || ++tries > 20) location.reload(); else setTimeout(reloadWhenCaughtUp, 500);
      }).catch(function () { setTimeout(reloadWhenCaughtUp, 2000); });
    }
    function poll() {
      fetch('/v1/events?limit=1&wait=25&after=' + after, { cache: 'no-store' }).then(function (r) {
        if (!r.ok) throw new Error('HTTP ' + r.status);
        return r.json();
      }).then(function (d) {
        if (d.count > 0) reloadWhenCaughtUp(); else poll();
      }).catch(function () { setTimeout(poll, 5000); });
    }
    poll();
  }

  /* The page calls these as the parser reaches each chart, so that charts
   * draw before long tables below them are read. */
  var drawn = 0, t1 = performance.now();
  function timed(fn) {
    return function (ci) {
      var c = data.companies[ci];
      if (fn === caarChart) fn(); else if (c) fn(c, ci);
      state.charts_ms = Math.round(performance.now());
      (state.log = state.log || []).push([fn.name, ci, state.charts_ms]);
      drawn++;
    };
  }
  window.seismo = {
    price: timed(priceChart),
    path: timed(pathChart),
    caar: timed(caarChart),
    done: function () {
      state.ms = Math.round(performance.now());
      state.timing = { script_start: Math.round(t0), data: Math.round(t1 - t0), charts_drawn: state.charts_ms || 0 };
      state.ready = true;
      document.documentElement.setAttribute('data-ready', '1');
      if (data.live) live();
    }
  };
})();
