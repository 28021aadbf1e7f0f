/* PeopleGraph explorer: reads the JSON block, builds every DOM node with textContent. */
(function () {
  "use strict";
  var t0 = (window.performance && performance.now) ? performance.now() : 0;
  var data = JSON.parse(document.getElementById("pg-data").textContent);
  var status = document.getElementById("pg-status");
  var container = document.getElementById("pg-network");

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }
  function now() { return (window.performance && performance.now) ? performance.now() : 0; }

  /* layout: the network fills the window below the bars */
  function place() {
    var top = status.getBoundingClientRect().bottom + window.scrollY;
    container.style.top = Math.ceil(top) + "px";
  }

  /* notes (too big, focus) */
  var notes = document.getElementById("pg-notes");
  data.notes.forEach(function (n) { notes.appendChild(el("li", "", n)); });
  if (data.notes.length && window.console) { data.notes.forEach(function (n) { console.warn(n); }); }

  /* legend with type filters */
  var styles = {};
  var hiddenTypes = {};
  var legend = document.getElementById("pg-legend");
  data.legend.forEach(function (t) {
    styles[t.type] = t;
    var li = el("li");
    var label = el("label");
    var box = el("input");
    box.type = "checkbox";
    box.checked = true;
    box.setAttribute("data-type", t.type);
    box.addEventListener("change", function () { setTypeVisible(t.type, box.checked); });
    var glyph = el("span", "glyph", t.glyph);
    glyph.style.color = t.color;
    label.appendChild(box);
    label.appendChild(glyph);
    label.appendChild(document.createTextNode(t.type + " (" + t.count + ")"));
    li.appendChild(label);
    legend.appendChild(li);
  });

  /* plain-text tooltips built as DOM elements */
  function nodeTip(n) {
    var d = el("div", "pg-tip");
    d.appendChild(el("div", "name", n.name));
    d.appendChild(el("div", "kind", n.type + " \u00b7 " + n.degree + " fact(s)"));
    if (n.aliases.length) { d.appendChild(el("div", "", "Also: " + n.aliases.join("; "))); }
    n.identifiers.forEach(function (p) { d.appendChild(el("div", "", p[0] + ": " + p[1])); });
    if (n.quotes.length) { d.appendChild(el("div", "kind", "Evidence:")); }
    n.quotes.forEach(function (q) {
      var row = el("div", "quote", "\u201c" + q[0] + "\u201d ");
      row.appendChild(el("span", "doc", "\u2014 " + q[1]));
      d.appendChild(row);
    });
    if (n.more) { d.appendChild(el("div", "kind", "+" + n.more + " more")); }
    return d;
  }
  function edgeTip(e) {
    var d = el("div", "pg-tip");
    d.appendChild(el("div", "name", e.label));
    if (e.title) { d.appendChild(el("div", "", e.title)); }
    if (e.start || e.end) { d.appendChild(el("div", "kind", (e.start || "?") + " \u2013 " + (e.end || "?"))); }
    var row = el("div", "quote", "\u201c" + e.quote + "\u201d ");
    row.appendChild(el("span", "doc", "\u2014 " + e.doc));
    d.appendChild(row);
    return d;
  }

  var count = data.nodes.length;
  var big = count > 1000;
  /* positions come laid out from the export; the browser only relaxes them, then stops */
  var iterations = Math.max(10, Math.min(150, Math.round(30000 / Math.max(count, 1))));
  var nodeById = {};
  var edgeById = {};
  var groups = {};
  data.legend.forEach(function (t) {
    groups[t.type] = { shape: t.shape, color: { background: t.color, border: t.color,
      highlight: { background: t.color, border: "#222222" }, hover: { background: t.color, border: "#222222" } } };
  });
  /* per-node objects stay small (style comes from the type's group): vis builds faster */
  var visNodes = new vis.DataSet(data.nodes.map(function (n) {
    nodeById[n.id] = n;
    var v = { id: n.id, label: n.label, group: n.type, value: n.degree, x: n.x, y: n.y };
    if (n.focus) { v.borderWidth = 4; v.color = { border: "#000000", background: styles[n.type].color }; }
    return v;
  }));
  var visEdges = new vis.DataSet(data.edges.map(function (e) {
    edgeById[e.id] = e;
    return { id: e.id, from: e.from, to: e.to, label: e.label };
  }));

  var options = {
    autoResize: true,
    layout: { randomSeed: 7, improvedLayout: false },
    groups: groups,
    nodes: {
      shape: "dot",
      font: { size: 12 },
      scaling: {
        min: 10, max: 40,
        /* by the degree itself, not relative to this graph's range: degree 1 stays small */
        customScalingFunction: function (min, max, total, value) {
          return Math.min(1, Math.log(1 + (value || 0)) / Math.log(65));
        },
        label: { enabled: true, min: 11, max: 30, maxVisible: 30, drawThreshold: 4 }
      }
    },
    edges: {
      arrows: { to: { enabled: true, scaleFactor: 0.5 } },
      color: { color: "#b0b0b0", highlight: "#444444", hover: "#444444" },
      font: { size: 9, color: "#666666", strokeWidth: 2, align: "middle" },
      smooth: big ? false : { type: "dynamic" }
    },
    physics: {
      enabled: true,
      adaptiveTimestep: false,
      solver: "barnesHut",
      barnesHut: { theta: big ? 1.0 : 0.5, gravitationalConstant: -2000, centralGravity: 0.3, springLength: 90,
                   springConstant: 0.04, avoidOverlap: 0.2 },
      stabilization: { enabled: true, iterations: iterations, updateInterval: 20, fit: true }
    },
    interaction: { hover: true, hideEdgesOnDrag: big, navigationButtons: false }
  };

  place();
  window.addEventListener("resize", place);
  var network = new vis.Network(container, { nodes: visNodes, edges: visEdges }, options);
  var body = network.body || {};
  var drawnNodes = body.nodeIndices ? body.nodeIndices.length : visNodes.length;
  var drawnEdges = body.edgeIndices ? body.edgeIndices.length : visEdges.length;
  status.setAttribute("data-nodes", String(drawnNodes));
  status.setAttribute("data-edges", String(drawnEdges));
  status.setAttribute("data-ready", "1");
  status.setAttribute("data-start-ms", String(Math.round(t0)));
  status.setAttribute("data-build-ms", String(Math.round(now() - t0)));
  var summary = drawnNodes + " entities, " + drawnEdges + " facts drawn";
  if (data.counts.total_nodes !== drawnNodes) {
    summary += " (of " + data.counts.total_nodes + " entities, " + data.counts.total_edges + " facts)";
  }
  status.textContent = summary + " \u00b7 laying out\u2026";

  /* tooltips: one element of our own, filled on hover with plain text (vis's popup unused) */
  var tip = el("div", "pg-tooltip");
  tip.setAttribute("role", "tooltip");
  tip.hidden = true;
  document.body.appendChild(tip);
  var tipFor = "";               /* which node or edge the tooltip shows ("n:id" / "e:id") */
  function showTip(key, content, params) {
    tipFor = key;
    while (tip.firstChild) { tip.removeChild(tip.firstChild); }
    tip.appendChild(content);
    var rect = container.getBoundingClientRect();
    var p = (params && params.pointer && params.pointer.DOM) || { x: 0, y: 0 };
    tip.hidden = false;
    var x = rect.left + window.scrollX + p.x + 14;
    var y = rect.top + window.scrollY + p.y + 14;
    var maxX = window.scrollX + document.documentElement.clientWidth - tip.offsetWidth - 8;
    var maxY = window.scrollY + document.documentElement.clientHeight - tip.offsetHeight - 8;
    tip.style.left = Math.max(0, Math.min(x, maxX)) + "px";
    tip.style.top = Math.max(0, Math.min(y, maxY)) + "px";
  }
  function hideTip() { tip.hidden = true; tipFor = ""; }
  /* vis may report the blur of the old object after the hover of the new one: only hide
     the tooltip when the object it shows is the one left */
  function hideTipFor(key) { if (tipFor === key) { hideTip(); } }
  network.on("hoverNode", function (p) {
    if (nodeById[p.node]) { showTip("n:" + p.node, nodeTip(nodeById[p.node]), p); }
  });
  network.on("hoverEdge", function (p) {
    if (edgeById[p.edge] && tipFor.charAt(0) !== "n") { showTip("e:" + p.edge, edgeTip(edgeById[p.edge]), p); }
  });
  network.on("blurNode", function (p) { hideTipFor("n:" + p.node); });
  network.on("blurEdge", function (p) { hideTipFor("e:" + p.edge); });
  network.on("dragStart", hideTip);
  network.on("zoom", hideTip);

  if (count === 0) {               /* nothing to lay out: vis fires no stabilization events */
    network.setOptions({ physics: { enabled: false } });
    status.setAttribute("data-stabilized", "1");
    status.setAttribute("data-settle-ms", String(Math.round(now())));
    status.textContent = "The graph is empty: no entities to draw.";
  }

  network.on("stabilizationProgress", function (p) {
    status.textContent = summary + " \u00b7 laying out " + Math.round(100 * p.iterations / p.total) + "%";
  });
  network.once("stabilizationIterationsDone", function () {
    network.setOptions({ physics: { enabled: false } });
    var ms = Math.round(now());   /* since navigation start: parse, build and layout */
    status.setAttribute("data-stabilized", "1");
    status.setAttribute("data-settle-ms", String(ms));
    status.textContent = summary + " \u00b7 layout done";
  });

  function setTypeVisible(type, visible) {
    if (visible) { delete hiddenTypes[type]; } else { hiddenTypes[type] = true; }
    visNodes.update(data.nodes.filter(function (n) { return n.type === type; })
      .map(function (n) { return { id: n.id, hidden: !visible }; }));
  }

  /* search: names and aliases, case-insensitive; select and zoom to matches */
  var search = document.getElementById("pg-search");
  var searchStatus = document.getElementById("pg-search-status");
  function runSearch() {
    var q = search.value.trim().toLowerCase();
    if (!q) { network.unselectAll(); searchStatus.textContent = ""; return []; }
    var hits = data.nodes.filter(function (n) {
      if (hiddenTypes[n.type]) { return false; }
      if (n.name.toLowerCase().indexOf(q) >= 0) { return true; }
      return n.aliases.some(function (a) { return a.toLowerCase().indexOf(q) >= 0; });
    }).map(function (n) { return n.id; });
    network.selectNodes(hits);
    searchStatus.textContent = hits.length + " match" + (hits.length === 1 ? "" : "es");
    if (hits.length && hits.length <= 50) { network.fit({ nodes: hits, animation: false }); }
    return hits;
  }
  var timer = null;
  search.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(runSearch, 150); });
  search.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") {
      var hits = runSearch();
      if (hits.length) { network.focus(hits[0], { scale: 1.2, animation: false }); }
    }
  });
  /* self-test (#pg-selftest): put every tooltip into the DOM so a dumped DOM shows them */
  if (window.location.hash === "#pg-selftest") {
    var dump = el("div");
    dump.id = "pg-selftest";
    dump.hidden = true;
    data.nodes.forEach(function (n) { dump.appendChild(nodeTip(n)); });
    data.edges.forEach(function (e) { dump.appendChild(edgeTip(e)); });
    document.body.appendChild(dump);
  }
  window.pgNetwork = network;
})();
