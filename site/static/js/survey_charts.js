// Draws each experience survey question's answers by month with Chart.js. The
// table beside each chart holds the same figures for anyone who cannot see it.
document.querySelectorAll("canvas[data-survey-chart]").forEach((canvas) => {
  const data = JSON.parse(document.getElementById(canvas.dataset.surveyChart).textContent);
  const colours = ["#1d70b8", "#00703c", "#f47738", "#d4351c", "#6f72af"];
  new window.Chart(canvas, {
    type: "bar",
    data: {
      labels: data.months,
      datasets: data.series.map((series, index) => ({
        label: series.label,
        data: series.counts,
        backgroundColor: colours[index % colours.length],
      })),
    },
    options: {
      animation: false,
      scales: {
        x: { stacked: true },
        y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } },
      },
    },
  });
});
