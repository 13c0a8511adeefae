// The run page's live steps: while the run goes, asks the console for its progress every few seconds and
// redraws the steps table, a partitioned step's partitions under it (and names the step running); once the
// run has ended, reloads the page so that its state, files and actions show. Plain script, nothing to build.
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
    return td;
  }

  // a duration as the API writes it (ISO-8601 such as PT1M5.2S, or seconds), as the page writes it
  function duration(value) {
    if (value === null || value === undefined) {
      return '';
    }
    var seconds = typeof value === 'number' ? value : 0;
    var iso = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:([\d.]+)S)?$/.exec(String(value));
    if (iso) {
      seconds = Number(iso[1] || 0) * 3600 + Number(iso[2] || 0) * 60 + Number(iso[3] || 0);
    }
    seconds = Math.floor(seconds);
    function two(n) {
      return (n < 10 ? '0' : '') + n;
    }
    if (seconds >= 3600) {
      return Math.floor(seconds / 3600) + ' h ' + two(Math.floor(seconds % 3600 / 60)) + ' min';
    }
    return seconds >= 60 ? Math.floor(seconds / 60) + ' min ' + two(seconds % 60) + ' s' : seconds + ' s';
  }

  function programmes(partition) {
    var shown = partition.programmes.join(', ');
    if (!partition.otherProgrammes) {
      return shown;
    }
    var others = partition.otherProgrammes + (partition.otherProgrammes === 1 ? ' other' : ' others');
    return shown ? shown + ' and ' + others : others;
  }

  function where(partition) {
    if (!partition.worker) {
      return 'no worker yet';
    }
    return partition.thisProcess ? 'this process (' + partition.worker + ')' : partition.worker;
  }

  function stateDetail(partition) {
    switch (partition.state) {
      case 'STARTING': return 'waiting for a worker';
      case 'STARTED': return partition.heartbeatSecondsAgo === null ? 'running'
          : 'running, last heartbeat ' + partition.heartbeatSecondsAgo + ' s ago';
      case 'FAILED': return partition.failure || 'failed';
      default: return '';
    }
  }

  // the partitions of a partitioned step: a table of their own in a row under the step's
  function partitionsRow(rows, step) {
    var holder = rows.insertRow();
    holder.className = 'partitions';
    var td = holder.insertCell();
    td.colSpan = 5;
    var inner = document.createElement('table');
    inner.className = 'partitions';
    var head = inner.createTHead().insertRow();
    ['Partition', 'Programmes', 'Worker', 'State', 'Written', 'Duration'].forEach(function (title) {
      var th = document.createElement('th');
      th.textContent = title;
      head.appendChild(th);
    });
    var body = inner.createTBody();
    step.partitions.forEach(function (partition) {
      var row = body.insertRow();
      cell(row, partition.name);
      cell(row, programmes(partition)).className = 'wrap';
      cell(row, where(partition));
      var state = cell(row, '');
      state.className = 'wrap';
      var badge = document.createElement('span');
      badge.className = 'state ' + partition.state;
      badge.textContent = partition.state;
      state.appendChild(badge);
      var detail = stateDetail(partition);
      if (detail) {
        var note = document.createElement('span');
        note.className = 'detail';
        note.textContent = ' ' + detail;
        state.appendChild(note);
      }
      cell(row, partition.written, true);
      cell(row, duration(partition.duration), true);
    });
    td.appendChild(inner);
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
      // two ingest steps may run at once: currentStep names both, separated by ', '
      if ((', ' + (progress.currentStep || '') + ', ').indexOf(', ' + step.name + ', ') >= 0) {
        row.className = 'current';
      }
      if (step.partitions && step.partitions.length) {
        partitionsRow(rows, step);
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
