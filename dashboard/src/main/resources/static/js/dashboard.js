/*
 * Rostrum's dashboard script: draws the charts described in <body data-charts>, keeps the alerts inbox live, and
 * marks the page ready. Loaded as a file because the Content-Security-Policy allows no inline script. Text from
 * platforms is only ever set with textContent, never parsed as HTML.
 */
(function () {
  'use strict';

  var APPROACH_COLOURS = {
    celebrating: '#b06a00', informing: '#2f6db5', dialoguing: '#2e7d4f',
    framing: '#7a4fb3', mobilizing: '#c0392b', obfuscating: '#5d6d7e'
  };
  var PALETTE = ['#2f6db5', '#b06a00', '#2e7d4f', '#7a4fb3', '#c0392b', '#5d6d7e'];
  var charts = [];

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
    if (spec.kind === 'calendar') {
      return spec.days.length;
    }
    return spec.series.reduce(function (sum, series) {
      return sum + series.values.filter(present).length;
    }, 0);
  }

  function markLine(spec) {
    if (!spec.markers || spec.markers.length === 0) {
      return undefined;
    }
    return {
      silent: true, symbol: 'none', lineStyle: { color: '#a12b1f', type: 'dashed', width: 2 },
      label: { formatter: '{b}', color: '#a12b1f', position: 'insideEndTop' },
      data: spec.markers.map(function (marker) {
        return { name: marker.label, xAxis: spec.categories[marker.index] };
      })
    };
  }

  var base = {
    animation: false,
    aria: { enabled: true },
    tooltip: { trigger: 'axis', renderMode: 'richText' },
    grid: { left: 48, right: 48, top: 36, bottom: 28, containLabel: true },
    textStyle: { fontFamily: 'system-ui, sans-serif' }
  };

  function timeSeries(spec, series, yAxis) {
    return Object.assign({}, base, {
      legend: { top: 0, type: 'scroll' },
      xAxis: { type: 'category', data: spec.categories, boundaryGap: series.some(function (s) { return s.type === 'bar'; }) },
      yAxis: yAxis,
      series: series
    });
  }

  var builders = {
    stacked: function (spec) {
      var series = spec.series.map(function (s, index) {
        return {
          name: label(s.name), type: 'line', stack: 'mix', areaStyle: {}, symbol: 'none', data: s.values,
          color: APPROACH_COLOURS[s.id] || PALETTE[index % PALETTE.length],
          markLine: index === 0 ? markLine(spec) : undefined
        };
      });
      return timeSeries(spec, series, { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } });
    },
    line: function (spec) {
      var series = spec.series.map(function (s, index) {
        return {
          name: s.name, type: 'line', data: s.values, connectNulls: true, symbolSize: 5,
          color: PALETTE[index % PALETTE.length], markLine: index === 0 ? markLine(spec) : undefined
        };
      });
      return timeSeries(spec, series, { type: 'value', min: spec.min, max: spec.max });
    },
    response: function (spec) {
      var series = spec.series.map(function (s, index) {
        return {
          name: s.name, type: s.type, data: s.values, yAxisIndex: index === 0 ? 0 : 1, connectNulls: true,
          symbolSize: 4, color: PALETTE[index % PALETTE.length], markLine: index === 0 ? markLine(spec) : undefined
        };
      });
      return timeSeries(spec, series, [{ type: 'value', name: 'replies' },
        { type: 'value', name: 'points / rate', splitLine: { show: false } }]);
    },
    bars: function (spec) {
      return Object.assign({}, base, {
        legend: { top: 0, type: 'scroll' },
        tooltip: { trigger: 'axis', renderMode: 'richText' },
        xAxis: { type: 'category', data: spec.labels.map(label), axisLabel: { interval: 0, rotate: spec.labels.length > 4 ? 30 : 0 } },
        yAxis: { type: 'value', axisLabel: { formatter: spec.unit === '%' ? '{value}%' : '{value}' } },
        series: spec.series.map(function (s, index) {
          return { name: s.name, type: 'bar', data: s.values, color: PALETTE[index % PALETTE.length] };
        })
      });
    },
    calendar: function (spec) {
      var most = spec.days.reduce(function (max, day) { return Math.max(max, day[1]); }, 1);
      return Object.assign({}, base, {
        tooltip: { renderMode: 'richText' },
        visualMap: {
          type: 'piecewise', orient: 'horizontal', left: 'center', bottom: 0,
          pieces: [
            { value: 0, color: '#f4d9d5', label: 'no posts' },
            { min: 1, max: Math.max(1, Math.floor(most / 3)), color: '#a9c4ea', label: 'some' },
            { min: Math.max(1, Math.floor(most / 3)) + 1, max: most, color: '#1f5fbf', label: 'most' }
          ]
        },
        calendar: {
          range: [spec.from, spec.to], top: 28, left: 40, right: 16, cellSize: ['auto', 13],
          dayLabel: { firstDay: 1, nameMap: 'en' }, monthLabel: { nameMap: 'en' }, yearLabel: { show: false },
          itemStyle: { borderColor: '#fff', borderWidth: 2 }, splitLine: { show: false }
        },
        series: [{ type: 'heatmap', coordinateSystem: 'calendar', data: spec.days }]
      });
    }
  };

  function drawCharts() {
    var descriptions = document.body.dataset.charts;
    if (!descriptions) {
      return;
    }
    var specs = JSON.parse(descriptions);
    document.querySelectorAll('.chart[data-chart]').forEach(function (element) {
      var spec = specs[element.dataset.chart];
      if (!spec || !window.echarts) {
        element.dataset.points = '0';
        return;
      }
      var chart = window.echarts.init(element, null, { renderer: 'canvas' });
      chart.setOption(builders[spec.kind](spec));
      element.dataset.points = String(points(spec));
      charts.push(chart);
    });
    window.addEventListener('resize', function () {
      charts.forEach(function (chart) { chart.resize(); });
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
