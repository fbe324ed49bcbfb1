/// `/assets/tree.js`: expands a classification tree one level at a time from
/// `/api/classifications/{id}/tree?parent=CODE&depth=1` (the same REST route other clients use),
/// and submits the date picker when its value changes. Without it the page still shows the first
/// level and every item links to its own page.
enum TreeScript {
    static let js = #"""
"use strict";
(function () {
  var root = document.querySelector("[data-scheme]");
  if (!root) return;
  var scheme = root.getAttribute("data-scheme");
  var lang = document.documentElement.lang || "en";
  var date = root.getAttribute("data-date") || "";
  var words = lang === "fr"
    ? { expand: "Déplier", collapse: "Replier", loading: "Chargement…", failed: "Échec du chargement : " }
    : { expand: "Expand", collapse: "Collapse", loading: "Loading…", failed: "Could not load: " };

  function itemURL(code) {
    var url = "/classifications/" + encodeURIComponent(scheme) + "/items/" + encodeURIComponent(code) + "?lang=" + lang;
    return date ? url + "&date=" + encodeURIComponent(date) : url;
  }

  function node(item) {
    var li = document.createElement("li");
    li.setAttribute("data-code", item.code);
    if (item.childCount > 0) {
      li.appendChild(toggle(item.code, item.childCount));
    }
    var a = document.createElement("a");
    a.href = itemURL(item.code);
    var code = document.createElement("span");
    code.className = "code";
    code.textContent = item.notation || item.code;
    a.appendChild(code);
    var label = item.label ? item.label.text : item.code;
    var text = document.createElement("span");
    text.textContent = label;
    if (item.label && item.label.language && item.label.language !== lang) text.lang = item.label.language;
    a.appendChild(text);
    li.appendChild(a);
    if (item.childCount > 0) {
      var count = document.createElement("span");
      count.className = "count";
      count.textContent = " (" + item.childCount + ")";
      li.appendChild(count);
    }
    return li;
  }

  function toggle(code, n) {
    var b = document.createElement("button");
    b.type = "button";
    b.className = "toggle";
    b.setAttribute("aria-expanded", "false");
    b.setAttribute("aria-label", words.expand + " " + code);
    b.textContent = "+";
    return b;
  }

  function load(li, button) {
    var code = li.getAttribute("data-code");
    var url = "/api/classifications/" + encodeURIComponent(scheme) + "/tree?depth=1&limit=1000&parent=" +
      encodeURIComponent(code) + "&lang=" + lang + (date ? "&date=" + encodeURIComponent(date) : "");
    var ul = document.createElement("ul");
    var wait = document.createElement("li");
    wait.className = "status";
    wait.textContent = words.loading;
    ul.appendChild(wait);
    li.appendChild(ul);
    button.disabled = true;
    return fetch(url, { headers: { Accept: "application/json" } }).then(function (r) {
      if (!r.ok) return r.json().then(function (p) { throw new Error(p.detail || r.status); });
      return r.json();
    }).then(function (page) {
      ul.textContent = "";
      page.items.forEach(function (item) { ul.appendChild(node(item)); });
      li.setAttribute("data-loaded", "true");
    }).catch(function (e) {
      wait.className = "error";
      wait.textContent = words.failed + e.message;
    }).finally(function () { button.disabled = false; });
  }

  // The toggles rendered by the server stay hidden without this script, which makes them work.
  Array.prototype.forEach.call(root.querySelectorAll("button.toggle[hidden]"), function (b) { b.hidden = false; });

  root.addEventListener("click", function (event) {
    var button = event.target.closest("button.toggle");
    if (!button) return;
    var li = button.parentElement;
    var open = button.getAttribute("aria-expanded") === "true";
    button.setAttribute("aria-expanded", open ? "false" : "true");
    button.setAttribute("aria-label", (open ? words.expand : words.collapse) + " " + li.getAttribute("data-code"));
    button.textContent = open ? "+" : "−";
    var sub = li.querySelector(":scope > ul");
    if (open) { if (sub) sub.hidden = true; return; }
    if (sub) { sub.hidden = false; return; }
    load(li, button);
  });

  var picker = document.getElementById("tree-date");
  if (picker && picker.form) {
    picker.addEventListener("change", function () {
      if (picker.value) picker.form.submit();
    });
  }
})();
"""#
}
