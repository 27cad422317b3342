// What makes a diagram hard to read at a glance, found in what bpmn-js actually rendered: a label over another
// label, a shape or a flow; a flow through an element that is neither its source nor its target; shapes on top of
// each other. Label sizes are the rendered text's, not what the file claims.
(function () {

  const SLACK = 1;

  function rect(e) {
    return { x: e.x, y: e.y, w: e.width, h: e.height };
  }

  function shrink(r, by) {
    return { x: r.x + by, y: r.y + by, w: r.w - 2 * by, h: r.h - 2 * by };
  }

  function overlaps(a, b) {
    return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
  }

  function inside(inner, outer) {
    return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.w <= outer.x + outer.w
      && inner.y + inner.h <= outer.y + outer.h;
  }

  function pointIn(p, r) {
    return p.x > r.x && p.x < r.x + r.w && p.y > r.y && p.y < r.y + r.h;
  }

  function segmentsCross(p1, p2, p3, p4) {
    const d = (p2.x - p1.x) * (p4.y - p3.y) - (p2.y - p1.y) * (p4.x - p3.x);
    if (d === 0) {
      return false;
    }
    const t = ((p3.x - p1.x) * (p4.y - p3.y) - (p3.y - p1.y) * (p4.x - p3.x)) / d;
    const u = ((p3.x - p1.x) * (p2.y - p1.y) - (p3.y - p1.y) * (p2.x - p1.x)) / d;
    return t >= 0 && t <= 1 && u >= 0 && u <= 1;
  }

  function segmentHits(a, b, r) {
    if (pointIn(a, r) || pointIn(b, r)) {
      return true;
    }
    const c = [{ x: r.x, y: r.y }, { x: r.x + r.w, y: r.y }, { x: r.x + r.w, y: r.y + r.h }, { x: r.x, y: r.y + r.h }];
    return [0, 1, 2, 3].some(i => segmentsCross(a, b, c[i], c[(i + 1) % 4]));
  }

  function flowHits(connection, r) {
    const w = connection.waypoints;
    for (let i = 0; i + 1 < w.length; i++) {
      if (segmentHits(w[i], w[i + 1], r)) {
        return true;
      }
    }
    return false;
  }

  function isContainer(e) {
    return e.type === 'bpmn:SubProcess' || e.type === 'bpmn:Participant' || e.type === 'bpmn:Lane';
  }

  function name(e) {
    const target = e.labelTarget || e;
    const label = target.businessObject && target.businessObject.name;
    return target.id + (label ? ' "' + label.replace(/\s+/g, ' ') + '"' : '') + (e.labelTarget ? ' (label)' : '')
      + ' [' + [e.x, e.y, e.width, e.height].map(Math.round).join(', ') + ']';
  }

  function ends(connection) {
    const ends = [connection.source, connection.target];
    [connection.source, connection.target].forEach(end => {
      if (end && end.host) {
        ends.push(end.host);
      }
      (end && end.attachers || []).forEach(attached => ends.push(attached));
    });
    return ends;
  }

  function layoutProblems(viewer) {
    const all = viewer.get('elementRegistry').getAll().filter(e => e.parent);
    const labels = all.filter(e => e.type === 'label' && e.businessObject && e.businessObject.name);
    const connections = all.filter(e => e.waypoints);
    const shapes = all.filter(e => !e.waypoints && e.type !== 'label');
    const containers = shapes.filter(isContainer);
    const nodes = shapes.filter(e => !isContainer(e));
    const problems = [];

    labels.forEach((label, i) => {
      const box = shrink(rect(label), SLACK);
      labels.slice(i + 1).forEach(other => {
        if (overlaps(box, shrink(rect(other), SLACK))) {
          problems.push(name(label) + ' overlaps ' + name(other));
        }
      });
      nodes.forEach(node => {
        if (overlaps(box, rect(node))) {
          problems.push(name(label) + ' overlaps ' + name(node));
        }
      });
      containers.forEach(container => {
        if (overlaps(box, rect(container)) && !inside(box, rect(container))) {
          problems.push(name(label) + ' straddles the border of ' + name(container));
        }
      });
      connections.forEach(connection => {
        if (flowHits(connection, box)) {
          problems.push(name(label) + ' is crossed by flow ' + connection.id);
        }
      });
    });

    connections.forEach(connection => {
      const skip = ends(connection);
      nodes.filter(node => !skip.includes(node)).forEach(node => {
        if (flowHits(connection, shrink(rect(node), SLACK))) {
          problems.push('flow ' + connection.id + ' passes through ' + name(node));
        }
      });
    });

    nodes.forEach((node, i) => {
      nodes.slice(i + 1).forEach(other => {
        if (node.host !== other && other.host !== node && overlaps(shrink(rect(node), SLACK), rect(other))) {
          problems.push(name(node) + ' overlaps ' + name(other));
        }
      });
    });
    return problems;
  }

  window.renderBpmn = function (xml) {
    document.getElementById('table').style.display = 'none';
    const viewer = new BpmnJS({ container: '#canvas' });
    return viewer.importXML(xml).then(result => {
      viewer.get('canvas').zoom('fit-viewport');
      return { warnings: result.warnings.map(w => w.message), problems: layoutProblems(viewer) };
    });
  };

  // A word wider than its cell is broken inside the word: "WRONG_I" / "TEM", "Destinatio" / "n".
  function brokenWords(container) {
    const measure = document.createElement('canvas').getContext('2d');
    const problems = [];
    const cells = container.querySelectorAll('.tjs-table tbody td, .tjs-table thead .input-label, .tjs-table thead .output-label');
    cells.forEach(cell => {
      const box = cell.closest('th, td');
      const style = getComputedStyle(cell);
      const room = cell.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      measure.font = style.font;
      cell.innerText.split(/\s+/).filter(word => word && measure.measureText(word).width > room).forEach(word => {
        const where = box.tagName === 'TH' ? 'column header' : 'rule ' + box.closest('tr').querySelector('td').innerText.trim();
        problems.push(where + ': "' + word + '" is wider than its column and breaks mid-word');
      });
    });
    return problems;
  }

  window.renderDmn = function (xml) {
    document.getElementById('canvas').style.display = 'none';
    const viewer = new DmnJS({ container: '#table' });
    return viewer.importXML(xml).then(result => {
      const table = viewer.getViews().find(view => view.type === 'decisionTable');
      return viewer.open(table).then(() => {
        const width = document.querySelector('#table .tjs-table').getBoundingClientRect().width;
        return { warnings: result.warnings.map(w => w.message), problems: brokenWords(document.getElementById('table')),
          tableWidth: Math.ceil(width),
          pageWidth: document.documentElement.scrollWidth, viewportWidth: window.innerWidth };
      });
    });
  };

})();
