// The dashboard's charts, drawn with ECharts from the figures the server put into
// #chart-data (each chart's table shows the same numbers), and the reader's own time
// zone in the filter form. The "as of" time is shown in that zone by local-times.js.
(function () {
  var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  var zoneField = document.querySelector('input[data-reader-zone]');
  if (zone && zoneField) {
    var url = new URL(window.location.href);
    // On the first visit the server counted days in UTC: count them in the reader's zone.
    if (!url.searchParams.has('zone') && zone !== zoneField.value) {
      url.searchParams.set('zone', zone);
      window.location.replace(url.toString());
      return;
    }
    zoneField.value = zoneField.value || zone;
  }

  var source = document.getElementById('chart-data');
  if (!source || typeof echarts === 'undefined') {
    return;
  }
  var data = JSON.parse(source.textContent);
  var colours = ['#0b5cad', '#b35900', '#17663a'];
  function draw(name, option) {
    var element = document.querySelector('[data-chart="' + name + '"]');
    if (!element) {
      return;
    }
    var chart = echarts.init(element, null, { renderer: 'svg' });
    option.color = colours;
    option.aria = { enabled: false };
    option.grid = option.grid || { left: 48, right: 16, top: 40, bottom: 48 };
    option.tooltip = { trigger: 'axis' };
    chart.setOption(option);
    window.addEventListener('resize', function () { chart.resize(); });
  }
  function line(title, values, unit) {
    return { name: title, type: 'line', data: values, connectNulls: false, showSymbol: true,
      tooltip: { valueFormatter: function (v) { return v == null ? 'no data yet' : v + unit; } } };
  }
  var days = { type: 'category', data: data.days, axisLabel: { hideOverlap: true } };
  draw('orders', {
    legend: { top: 0 }, xAxis: days, yAxis: { type: 'value', minInterval: 1 },
    series: [line('Placed', data.placed, ''), line('Delivered', data.delivered, '')]
  });
  draw('rates', {
    legend: { top: 0 }, xAxis: days, yAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value} %' } },
    series: [line('Perfect orders', data.perfect, ' %'), line('Fill rate', data.fill, ' %')]
  });
  draw('times', {
    legend: { top: 0 }, xAxis: days, yAxis: { type: 'value', axisLabel: { formatter: '{value} h' } },
    series: [line('Fulfilment time', data.fulfilment, ' hours'), line('Lead time', data.lead, ' hours')]
  });
  draw('funnel', {
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: data.statuses, inverse: true },
    grid: { left: 8, right: 40, top: 8, bottom: 24, containLabel: true }, series: [{ name: 'Orders', type: 'bar', data: data.statusCounts, label: { show: true, position: 'right' } }],
    tooltip: { trigger: 'axis' }
  });
})();
