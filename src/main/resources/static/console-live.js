// The run page's live steps: while the run goes, asks the console for its progress every few seconds and
// redraws the steps table (and names the step running); once the run has ended, reloads the page so that
// its state, files and actions show. Plain script, nothing to build.
(function () {
  'use strict';
  var table = document.getElementById('steps');
  if (!table || !table.getAttribute('data-progress')) {
    return;
  }
  var url = table.getAttribute('data-progress');
  var every = (Number(table.getAttribute('data-every')) || 3) * 1000;

  function cell(row, text, numeric) {
    var td = row.insertCell();
    td.textContent = text;
    if (numeric) {
      td.className = 'n';
    }
  }

  function show(progress) {
    var rows = document.createElement('tbody');
    progress.steps.forEach(function (step) {
      var row = rows.insertRow();
      cell(row, step.name);
      cell(row, step.state);
      cell(row, step.read, true);
      cell(row, step.written, true);
      cell(row, step.rejected, true);
      if (step.name === progress.currentStep) {
        row.className = 'current';
      }
    });
    table.replaceChild(rows, table.tBodies[0]);
    var current = document.getElementById('current-step');
    if (current) {
      current.textContent = progress.currentStep ? ' ' + progress.currentStep : '';
    }
  }

  function poll() {
    fetch(url, {headers: {'Accept': 'application/json'}, credentials: 'same-origin'})
      .then(function (response) {
        if (!response.ok) {
          throw new Error('progress answered ' + response.status);
        }
        return response.json();
      })
      .then(function (progress) {
        show(progress);
        if (progress.running) {
          setTimeout(poll, every);
        } else {
          window.location.reload();
        }
      })
      .catch(function () {
        // the server may be restarting: look again, less often
        setTimeout(poll, every * 4);
      });
  }

  setTimeout(poll, every);
})();
