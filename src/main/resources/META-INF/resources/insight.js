// The dashboard's charts, drawn with Chart.js from the figures the server put in the page (the
// same object the numbers beside each chart come from). Labels are set as data, never as markup.

const figures = JSON.parse(document.getElementById('figures').textContent);
const PALETTE = ['#5b7bd5', '#e07a2f', '#1e7b34', '#b3261e', '#8e5bb5', '#2a9d8f', '#d4a017', '#6b7280',
  '#c2185b', '#3f51b5', '#00838f', '#7cb342', '#f06292', '#795548', '#9e9e9e', '#455a64'];
const OUTCOME_COLORS = { unchanged: '#1e7b34', edited: '#d4a017', rejected: '#b3261e' };
const SENTIMENT_COLORS = { NEGATIVE: '#b3261e', NEUTRAL: '#6b7280', POSITIVE: '#1e7b34' };
const days = figures.volumeByIntent.days;

// Marked events (autopilot retractions, and any other timeline source) as dashed lines on the
// charts whose x axis is the range's days.
const timelineMarks = {
  id: 'timelineMarks',
  afterDatasetsDraw(chart) {
    if (!chart.options.plugins.timelineMarks?.enabled) return;
    const { ctx, chartArea, scales: { x } } = chart;
    figures.timeline.forEach(mark => {
      const index = days.indexOf(mark.day);
      if (index < 0) return;
      const left = x.getPixelForValue(index);
      ctx.save();
      ctx.strokeStyle = mark.kind === 'RETRACTION' ? '#b3261e' : '#1d2330';
      ctx.setLineDash([4, 4]);
      ctx.beginPath();
      ctx.moveTo(left, chartArea.top);
      ctx.lineTo(left, chartArea.bottom);
      ctx.stroke();
      ctx.restore();
    });
  }
};
Chart.register(timelineMarks);

function overDays(stacked) {
  return {
    responsive: true,
    plugins: { timelineMarks: { enabled: true }, legend: { position: 'bottom' } },
    scales: { x: { stacked }, y: { stacked, beginAtZero: true } }
  };
}

function draw(id, type, labels, datasets, options) {
  return new Chart(document.getElementById(id), { type, data: { labels, datasets }, options });
}

function series(daily, colors) {
  return Object.entries(daily.series).map(([name, data], i) => ({
    label: name, data, backgroundColor: colors?.[name] ?? PALETTE[i % PALETTE.length],
    borderColor: colors?.[name] ?? PALETTE[i % PALETTE.length]
  }));
}

function outcomes(list) {
  return [
    { label: 'sent unchanged', data: list.map(o => o.sentUnchanged), backgroundColor: OUTCOME_COLORS.unchanged },
    { label: 'edited', data: list.map(o => o.edited), backgroundColor: OUTCOME_COLORS.edited },
    { label: 'rejected', data: list.map(o => o.rejected), backgroundColor: OUTCOME_COLORS.rejected }
  ];
}

const horizontalStacked = {
  indexAxis: 'y', responsive: true, plugins: { legend: { position: 'bottom' } },
  scales: { x: { stacked: true, beginAtZero: true }, y: { stacked: true } }
};
const percentAxis = { beginAtZero: true, max: 100, title: { display: true, text: '% met' } };

const response = figures.firstResponse;
draw('firstResponseChart', 'bar', response.histogram.map(b => b.label), [{
  label: 'cases answered',
  data: response.histogram.map(b => b.count),
  // Bars past the target are red: those cases missed the SLA.
  backgroundColor: response.histogram.map(b => b.fromSeconds >= response.targetSeconds ? '#b3261e' : '#5b7bd5')
}], { plugins: { legend: { display: false } }, scales: { y: { beginAtZero: true } } });

draw('slaByDayChart', 'bar', figures.sla.byDay.map(s => s.key), [{
  label: '% SLA met', data: figures.sla.byDay.map(s => s.percentMet), backgroundColor: '#1e7b34'
}], { plugins: { timelineMarks: { enabled: true }, legend: { display: false } }, scales: { y: percentAxis } });

draw('slaByIntentChart', 'bar', figures.sla.byIntent.map(s => s.key), [{
  label: '% SLA met', data: figures.sla.byIntent.map(s => s.percentMet), backgroundColor: '#5b7bd5'
}], { indexAxis: 'y', plugins: { legend: { display: false } }, scales: { x: percentAxis } });

draw('volumeChart', 'bar', days, series(figures.volumeByIntent), overDays(true));
draw('sentimentChart', 'line', days, series(figures.sentiment, SENTIMENT_COLORS), overDays(false));
draw('outcomesByIntentChart', 'bar', figures.drafts.byIntent.map(o => o.key), outcomes(figures.drafts.byIntent),
  horizontalStacked);
draw('outcomesByDrafterChart', 'bar', figures.drafts.byDrafter.map(o => o.key), outcomes(figures.drafts.byDrafter),
  horizontalStacked);

const auto = figures.autopilot.byDay.series;
draw('autopilotChart', 'bar', days, [
  { label: 'sent by the autopilot', data: auto.AUTO_SENT, backgroundColor: '#8e5bb5', stack: 'sent' },
  { label: 'approved by agents', data: auto.AGENT_SENT, backgroundColor: '#5b7bd5', stack: 'sent' },
  { label: 'retracted', data: auto.AUTO_RETRACTED, type: 'line', borderColor: '#b3261e', backgroundColor: '#b3261e' },
  { label: 'would send (shadow)', data: auto.WOULD_AUTO_SEND, type: 'line', borderColor: '#6b7280',
    backgroundColor: '#6b7280', borderDash: [4, 4] }
], overDays(true));

draw('workloadChart', 'bar', figures.workload.map(a => a.agent), [
  { label: 'approved', data: figures.workload.map(a => a.approved), backgroundColor: OUTCOME_COLORS.unchanged },
  { label: 'edited', data: figures.workload.map(a => a.edited), backgroundColor: OUTCOME_COLORS.edited },
  { label: 'rejected', data: figures.workload.map(a => a.rejected), backgroundColor: OUTCOME_COLORS.rejected },
  { label: 'escalated', data: figures.workload.map(a => a.escalated), backgroundColor: '#8e5bb5' }
], horizontalStacked);

// Quick ranges: the last N days up to today in the dashboard's time zone.
document.querySelectorAll('.quick a').forEach(link => link.addEventListener('click', event => {
  event.preventDefault();
  const form = document.querySelector('form.filters');
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: figures.range.zone }).format(new Date());
  const from = new Date(today + 'T00:00:00Z');
  from.setUTCDate(from.getUTCDate() - Number(link.dataset.days) + 1);
  form.elements.from.value = from.toISOString().slice(0, 10);
  form.elements.to.value = today;
  form.submit();
}));
