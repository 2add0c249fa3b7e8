/*
 * Rostrum's dashboard script: draws the charts over time described in <body data-charts> (uPlot), keeps the
 * alerts inbox live, and marks the page ready. Loaded as a file because the Content-Security-Policy allows no inline script. Text from
 * platforms is only ever set with textContent, never parsed as HTML.
 */
(function () {
  'use strict';

  var APPROACH_COLOURS = {
    celebrating: '#9a5c00', informing: '#2f6db5', dialoguing: '#2e7d4f',
    framing: '#7a4fb3', mobilizing: '#c0392b', obfuscating: '#5d6d7e'
  };
  var PALETTE = ['#2f6db5', '#9a5c00', '#2e7d4f', '#7a4fb3', '#c0392b', '#5d6d7e'];
  var PLOT_HEIGHT = 240;
  var plots = [];

  function markReady() {
    window.rostrumReadyAt = performance.now();
    document.body.dataset.ready = 'true';
  }

  function label(id) {
    var words = String(id).replace(/-/g, ' ');
    return words.charAt(0).toUpperCase() + words.slice(1);
  }

  function present(value) {
    return value !== null && value !== undefined;
  }

  /** How many data points a chart description plots: what the browser tests check. */
  function points(spec) {
    return spec.series.reduce(function (sum, series) {
      return sum + series.values.filter(present).length;
    }, 0);
  }

  /** Bucket days as the x values; shown in UTC, since they already are days of the reader's zone. */
  function days(spec) {
    return spec.categories.map(function (day) { return Date.parse(day + 'T00:00:00Z') / 1000; });
  }

  function number(value, digits) {
    return present(value) ? value.toFixed(digits) : '–';
  }

  /** Alerts as dashed lines across the plot at their bucket, named at the top. */
  function markerPlugin(spec) {
    var xs = days(spec);
    return {
      hooks: {
        draw: [function (u) {
          var ctx = u.ctx;
          var ratio = window.devicePixelRatio || 1;
          ctx.save();
          ctx.strokeStyle = '#a12b1f';
          ctx.fillStyle = '#a12b1f';
          ctx.lineWidth = 2 * ratio;
          ctx.setLineDash([6 * ratio, 4 * ratio]);
          ctx.font = (12 * ratio) + 'px system-ui, sans-serif';
          (spec.markers || []).forEach(function (marker) {
            var x = Math.round(u.valToPos(xs[marker.index], 'x', true));
            ctx.beginPath();
            ctx.moveTo(x, u.bbox.top);
            ctx.lineTo(x, u.bbox.top + u.bbox.height);
            ctx.stroke();
            ctx.fillText(marker.label, x + 4 * ratio, u.bbox.top + 12 * ratio);
          });
          ctx.restore();
        }]
      }
    };
  }

  function options(element, spec, series, scales, axes) {
    return {
      width: element.clientWidth, height: PLOT_HEIGHT,
      tzDate: function (ts) { return window.uPlot.tzDate(new Date(ts * 1000), 'UTC'); },
      scales: scales, axes: axes,
      series: [{ label: 'From', value: '{YYYY}-{MM}-{DD}' }].concat(series),
      plugins: [markerPlugin(spec)],
      cursor: { drag: { x: false, y: false } }
    };
  }

  var builders = {
    /** Shares stacked to 100%: each layer is drawn as the running total, topmost first, over the ones below. */
    stacked: function (element, spec) {
      var running = spec.categories.map(function () { return 0; });
      var totals = spec.series.map(function (series) {
        running = running.map(function (sum, index) {
          var value = series.values[index];
          return present(value) && present(sum) ? sum + value : null;
        });
        return running;
      });
      var layers = spec.series.map(function (series, index) {
        var colour = APPROACH_COLOURS[series.id] || PALETTE[index % PALETTE.length];
        return {
          label: label(series.name), stroke: colour, fill: colour, width: 1, points: { show: false },
          value: function (u, value, seriesIndex, at) { return present(at) ? number(series.values[at], 0) + '%' : '–'; }
        };
      }).reverse();
      return {
        options: options(element, spec, layers, { x: { time: true }, y: { range: [0, 100] } },
          [{}, { values: function (u, ticks) { return ticks.map(function (tick) { return tick + '%'; }); } }]),
        data: [days(spec)].concat(totals.reverse())
      };
    },
    line: function (element, spec) {
      var series = spec.series.map(function (s, index) {
        return { label: s.name, stroke: PALETTE[index % PALETTE.length], width: 2, spanGaps: true,
          value: function (u, value) { return number(value, 1); } };
      });
      return {
        options: options(element, spec, series, { x: { time: true }, y: { range: [spec.min, spec.max] } }, [{}, {}]),
        data: [days(spec)].concat(spec.series.map(function (s) { return s.values; }))
      };
    },
    /** Replies as bars on the left axis; sentiment points and engagement rate as lines on the right. */
    response: function (element, spec) {
      var series = spec.series.map(function (s, index) {
        var bar = s.type === 'bar';
        return {
          label: s.name, scale: bar ? 'count' : 'points', stroke: PALETTE[index % PALETTE.length], width: bar ? 1 : 2,
          fill: bar ? 'rgba(47, 109, 181, 0.55)' : undefined, spanGaps: !bar,
          paths: bar ? window.uPlot.paths.bars({ size: [0.6, 40] }) : undefined,
          value: function (u, value) { return number(value, bar ? 0 : 1); }
        };
      });
      return {
        options: options(element, spec, series, { x: { time: true }, count: { range: function (u, min, max) { return [0, Math.max(1, max)]; } } },
          [{}, { scale: 'count', label: 'replies' }, { scale: 'points', side: 1, grid: { show: false }, label: 'points / rate' }]),
        data: [days(spec)].concat(spec.series.map(function (s) { return s.values; }))
      };
    }
  };

  function drawCharts() {
    var descriptions = document.body.dataset.charts;
    if (!descriptions) {
      return;
    }
    var specs = JSON.parse(descriptions);
    document.querySelectorAll('.chart[data-chart]:not(.drawn)').forEach(function (element) {
      var spec = specs[element.dataset.chart];
      if (!spec || !window.uPlot) {
        element.dataset.points = '0';
        return;
      }
      var chart = builders[spec.kind](element, spec);
      plots.push({ element: element, plot: new window.uPlot(chart.options, chart.data, element) });
      element.dataset.points = String(points(spec));
    });
    window.addEventListener('resize', function () {
      plots.forEach(function (entry) {
        entry.plot.setSize({ width: entry.element.clientWidth, height: PLOT_HEIGHT });
      });
    });
  }

  /** The inbox's filters, as the page was rendered with them. */
  function matchesInbox(list, alert) {
    return list.dataset.status !== 'acknowledged'
      && (!list.dataset.type || list.dataset.type === alert.type)
      && (!list.dataset.executive || list.dataset.executive === alert.executiveId);
  }

  function showAlert(alert) {
    var list = document.getElementById('alert-list');
    if (!list || !matchesInbox(list, alert)) {
      return;
    }
    var existing = Array.prototype.some.call(list.children, function (item) {
      return item.dataset.alertId === alert.alertId;
    });
    if (existing) {
      return;
    }
    var item = document.getElementById('alert-template').content.firstElementChild.cloneNode(true);
    item.dataset.alertId = alert.alertId;
    var badge = item.querySelector('.badge');
    badge.textContent = label(alert.type);
    badge.classList.add(alert.type);
    var who = item.querySelector('.who');
    var option = document.querySelector('#executive option[value="' + CSS.escape(alert.executiveId) + '"]');
    who.textContent = option ? option.textContent : alert.executiveId;
    who.href = '/executives/' + encodeURIComponent(alert.executiveId);
    var time = item.querySelector('time');
    time.dateTime = alert.raisedAt;
    time.textContent = new Date(alert.raisedAt).toLocaleString(undefined, { timeZone: pageZone() });
    item.querySelector('.summary').textContent = alert.summary;
    list.insertBefore(item, list.firstChild);
    var empty = document.getElementById('no-alerts');
    if (empty) {
      empty.classList.add('hidden');
    }
  }

  function pageZone() {
    var zone = document.querySelector('input[name="zone"]');
    return zone ? zone.value : undefined;
  }

  function followAlerts() {
    var url = document.body.dataset.alertStream;
    var status = document.getElementById('live-status');
    if (!url || !status || !window.EventSource) {
      return;
    }
    var source = new EventSource(url);
    source.addEventListener('open', function () {
      status.dataset.state = 'open';
      status.textContent = 'Live: new alerts appear here as they are raised.';
    });
    source.addEventListener('error', function () {
      status.dataset.state = 'reconnecting';
      status.textContent = 'The live feed is interrupted; reconnecting…';
    });
    source.addEventListener('alert', function (event) {
      showAlert(JSON.parse(event.data));
    });
  }

  function printButton() {
    var link = document.getElementById('print');
    if (link) {
      link.addEventListener('click', function (event) {
        event.preventDefault();
        window.print();
      });
    }
  }

  drawCharts();
  followAlerts();
  printButton();
  markReady();
}());
