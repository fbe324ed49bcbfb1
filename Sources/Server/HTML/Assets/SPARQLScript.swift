/// `/assets/sparql.js`: the query editor of `/query`. A small SPARQL highlighter drawn under a
/// transparent textarea, example queries, running the query against `/sparql` (SPARQL JSON
/// results as a table with links, graphs as Turtle), download links in every result format, and
/// a syntax error shown at its line and column (from the problem document's `offset`).
enum SPARQLScript {
    static let js = #"""
"use strict";
(function () {
  var form = document.getElementById("sparql-form");
  if (!form) return;
  var area = document.getElementById("query");
  var editor = area.parentElement;
  var pre = document.createElement("pre");
  pre.setAttribute("aria-hidden", "true");
  editor.insertBefore(pre, area);
  editor.classList.add("js");
  var out = document.getElementById("results");
  var status = document.getElementById("status");
  var downloads = document.getElementById("downloads");
  var lang = document.documentElement.lang || "en";
  var base = form.getAttribute("data-base") || "";
  var fr = lang === "fr";
  var words = {
    running: fr ? "Exécution…" : "Running…",
    rows: fr ? " ligne(s)" : " row(s)",
    yes: fr ? "vrai" : "true", no: fr ? "faux" : "false",
    line: fr ? "Ligne " : "Line ", column: fr ? ", colonne " : ", column ",
    failed: fr ? "Échec : " : "Failed: ",
    download: fr ? "Télécharger : " : "Download: "
  };

  var KEYWORDS = ("SELECT|ASK|CONSTRUCT|DESCRIBE|WHERE|PREFIX|BASE|FILTER|OPTIONAL|UNION|MINUS|GRAPH|SERVICE|BIND|VALUES|" +
    "ORDER|BY|GROUP|HAVING|LIMIT|OFFSET|DISTINCT|REDUCED|AS|FROM|NAMED|ASC|DESC|NOT|EXISTS|IN|COUNT|SUM|MIN|MAX|AVG|SAMPLE|" +
    "GROUP_CONCAT|SEPARATOR|LANG|LANGMATCHES|STR|REGEX|CONTAINS|STRSTARTS|LCASE|UCASE|BOUND|IF|COALESCE|ISIRI|ISLITERAL|a").split("|");
  var TOKEN = /(#[^\n]*)|("""[\s\S]*?"""|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')|(<[^<>"{}|^`\\\s]*>)|([?$][A-Za-z0-9_]+)|([A-Za-z][\w.-]*)?:([\w.-]*)|(\b\d+(?:\.\d+)?\b)|([A-Za-z_]+)/g;

  function esc(s) { return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;"); }

  function highlight(text, errorAt) {
    var html = "", last = 0, m;
    TOKEN.lastIndex = 0;
    while ((m = TOKEN.exec(text)) !== null) {
      if (m[0].length === 0) { TOKEN.lastIndex++; continue; }
      html += esc(text.slice(last, m.index));
      var cls = m[1] ? "cmt" : m[2] ? "str" : m[3] ? "iri" : m[4] ? "var" : (m[5] !== undefined || m[6] !== undefined) && m[0].indexOf(":") >= 0 ? "pn"
        : m[7] ? "num" : m[8] && KEYWORDS.indexOf(m[8].toUpperCase()) >= 0 || m[8] === "a" ? "kw" : "";
      html += cls ? '<span class="tok-' + cls + '">' + esc(m[0]) + "</span>" : esc(m[0]);
      last = m.index + m[0].length;
    }
    html += esc(text.slice(last));
    if (errorAt !== undefined) {
      // Rebuild with the error mark: the highlighted text up to the offset, a marked character, the rest.
      var before = text.slice(0, errorAt), at = text.slice(errorAt, errorAt + 1) || " ", after = text.slice(errorAt + 1);
      html = esc(before) + '<span class="tok-err">' + esc(at) + "</span>" + esc(after);
    }
    pre.innerHTML = html + "\n";
  }

  function sync() { highlight(area.value); }
  area.addEventListener("input", sync);
  area.addEventListener("scroll", function () { pre.scrollTop = area.scrollTop; });
  sync();

  document.querySelectorAll("button[data-example]").forEach(function (b) {
    b.addEventListener("click", function () {
      area.value = b.getAttribute("data-example");
      sync();
      area.focus();
    });
  });

  function queryForm(q) {
    var body = q.replace(/#[^\n]*/g, " ").replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|<[^>]*>/g, " ");
    var m = /\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b/i.exec(body);
    return m ? m[1].toUpperCase() : "SELECT";
  }

  // The problem document's offset counts UTF-8 bytes from the query's start: the string index there.
  function codeUnitIndex(text, offset) {
    var i = 0, bytes = 0;
    while (i < text.length && bytes < offset) {
      var c = text.codePointAt(i);
      bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
      i += c >= 0x10000 ? 2 : 1;
    }
    return i;
  }
  function lineColumn(text, index) {
    var before = text.slice(0, index).split("\n");
    return { line: before.length, column: before[before.length - 1].length + 1 };
  }

  function link(iri) {
    var a = document.createElement("a");
    a.href = base && iri.indexOf(base) === 0 ? "/" + iri.slice(base.length) + "?lang=" + lang : iri;
    a.textContent = iri;
    return a;
  }

  function cell(value) {
    var td = document.createElement("td");
    if (!value) return td;
    if (value.type === "uri") td.appendChild(link(value.value));
    else if (value.type === "bnode") td.textContent = "_:" + value.value;
    else {
      var span = document.createElement("span");
      span.textContent = value.value;
      if (value["xml:lang"]) { span.lang = value["xml:lang"]; }
      td.appendChild(span);
      if (value["xml:lang"]) {
        var small = document.createElement("small");
        small.textContent = " @" + value["xml:lang"];
        td.appendChild(small);
      }
    }
    return td;
  }

  function table(json) {
    var t = document.createElement("table");
    t.className = "sparql-results";
    var head = t.createTHead().insertRow();
    json.head.vars.forEach(function (v) {
      var th = document.createElement("th");
      th.scope = "col";
      th.textContent = "?" + v;
      head.appendChild(th);
    });
    var body = t.createTBody();
    json.results.bindings.forEach(function (b) {
      var tr = body.insertRow();
      json.head.vars.forEach(function (v) { tr.appendChild(cell(b[v])); });
    });
    return t;
  }

  function showDownloads(q, kind) {
    var formats = kind === "SELECT" || kind === "ASK"
      ? [["json", "JSON"], ["xml", "XML"], ["csv", "CSV"], ["tsv", "TSV"]]
      : [["ttl", "Turtle"], ["nt", "N-Triples"], ["rdf", "RDF/XML"], ["jsonld", "JSON-LD"]];
    downloads.textContent = words.download;
    formats.forEach(function (f) {
      var a = document.createElement("a");
      a.href = "/sparql?query=" + encodeURIComponent(q) + "&format=" + f[0];
      a.textContent = f[1];
      a.setAttribute("download", "results." + f[0]);
      downloads.appendChild(a);
    });
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var q = area.value;
    var kind = queryForm(q);
    var accept = kind === "SELECT" || kind === "ASK" ? "application/sparql-results+json" : "text/turtle";
    status.className = "status";
    status.textContent = words.running;
    out.textContent = "";
    downloads.textContent = "";
    sync();
    if (history.replaceState) history.replaceState(null, "", "/query?lang=" + lang + "&query=" + encodeURIComponent(q));
    fetch("/sparql", {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: accept },
      body: "query=" + encodeURIComponent(q)
    }).then(function (r) {
      var type = r.headers.get("Content-Type") || "";
      if (!r.ok) {
        return (type.indexOf("json") >= 0 ? r.json() : r.text().then(function (t) { return { detail: t }; }))
          .then(function (p) { throw p; });
      }
      return type.indexOf("json") >= 0 ? r.json() : r.text();
    }).then(function (result) {
      if (typeof result === "string") {
        var p = document.createElement("pre");
        p.className = "graph";
        p.textContent = result;
        out.appendChild(p);
        status.textContent = "";
      } else if (typeof result.boolean === "boolean") {
        status.textContent = "ASK: " + (result.boolean ? words.yes : words.no);
      } else {
        out.appendChild(table(result));
        status.textContent = result.results.bindings.length + words.rows;
      }
      showDownloads(q, kind);
    }).catch(function (problem) {
      status.className = "error";
      var detail = problem && problem.detail ? problem.detail : String(problem);
      if (problem && typeof problem.offset === "number") {
        var index = codeUnitIndex(q, problem.offset);
        var at = lineColumn(q, index);
        status.textContent = words.line + at.line + words.column + at.column + " — " + detail;
        status.setAttribute("data-line", at.line);
        status.setAttribute("data-column", at.column);
        highlight(q, index);
        area.focus();
        area.setSelectionRange(index, index);
      } else {
        status.textContent = words.failed + detail;
      }
    });
  });
})();
"""#
}
