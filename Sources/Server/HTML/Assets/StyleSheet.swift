/// `/assets/lodestat.css`: the one stylesheet of every page (contrast ≥ 4.5:1 for text, visible
/// focus, one column under 40rem).
enum StyleSheet {
    static let css = #"""
:root{--ink:#1b1f24;--muted:#4a5560;--line:#d5dbe1;--link:#0b4f8a;--accent:#0b4f8a;--bg:#fff;--soft:#f3f6f9;--mark:#ffe27a;--bad:#a4161a}
*{box-sizing:border-box}
body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;max-width:64rem;margin:0 auto;padding:0 1rem 2rem;color:var(--ink);background:var(--bg);line-height:1.45}
a{color:var(--link)}a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible,textarea:focus-visible,summary:focus-visible{outline:3px solid #e07b00;outline-offset:2px}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:.5rem;background:#fff;padding:.3rem;z-index:9}
header{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center;border-bottom:1px solid var(--line);padding:.6rem 0}
header a.home{font-weight:700;text-decoration:none;color:#0d2b45;font-size:1.15rem}
header nav{display:flex;gap:.8rem;flex-wrap:wrap}
header form.quick{display:flex;gap:.3rem}.lang{margin-left:auto}
input,select,button,textarea{font:inherit;color:var(--ink)}
input[type=search],input[type=date]{padding:.25rem .4rem;border:1px solid #8a96a3;border-radius:3px}
button{background:var(--accent);color:#fff;border:0;border-radius:3px;padding:.3rem .7rem;cursor:pointer}
button.secondary{background:#e4e9ee;color:var(--ink)}
h1{font-size:1.6rem;margin:1rem 0 .3rem}h2{font-size:1.2rem;margin-top:1.6rem;border-bottom:1px solid var(--line)}
table{border-collapse:collapse;width:100%}
th,td{text-align:left;vertical-align:top;padding:.35rem;border-bottom:1px solid #e6eaee;overflow-wrap:anywhere}
table.properties th{width:15rem;color:var(--muted);font-weight:600}
tr.group th{background:var(--soft);color:var(--ink);font-size:.9rem}
code,.iri{font-size:.85em;color:var(--muted);overflow-wrap:anywhere}
.lead{font-size:1.05rem;color:#2b333b}
.fallback{font-size:.75rem;background:#fff4d6;color:#6b4a00;border:1px solid #e0c36a;border-radius:3px;padding:0 .25rem;margin-left:.25rem}
.panel{background:var(--soft);border:1px solid var(--line);border-radius:4px;padding:.6rem .9rem;margin:1rem 0}
.panel h2{margin-top:0;border:0}.panel dl{display:grid;grid-template-columns:minmax(8rem,14rem) 1fr;gap:.2rem .8rem;margin:0}
.panel dt{color:var(--muted);font-weight:600}.panel dd{margin:0}
.formats a,.downloads a{margin-right:.6rem}
details summary{cursor:pointer;color:var(--muted);font-size:.9rem}
.crumbs ol{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.3rem}.crumbs li+li::before{content:"›";margin-right:.3rem;color:var(--muted)}
ul.tree,ul.tree ul{list-style:none;padding-left:1.2rem;margin:.1rem 0}ul.tree{padding-left:0}
ul.tree li{margin:.15rem 0}.tree button.toggle{background:none;color:var(--ink);border:1px solid #8a96a3;padding:0 .35rem;min-width:1.7rem;margin-right:.3rem}
.tree .code{font-family:ui-monospace,monospace;color:var(--muted);margin-right:.4rem}.tree .count{color:var(--muted);font-size:.85rem}
.notes dt{font-weight:600;margin-top:.5rem}.notes dd{margin-left:1rem;white-space:pre-line}
.layout{display:grid;grid-template-columns:14rem 1fr;gap:1.5rem}
.facets h2{font-size:1rem;margin-top:1rem}.facets ul{list-style:none;padding:0;margin:0}.facets li{margin:.15rem 0}
.facets a[aria-current]{font-weight:700;color:var(--ink)}
ol.hits li{margin:.5rem 0}mark{background:var(--mark);color:inherit;padding:0 .05rem}
.kind{font-size:.8rem;color:var(--muted);border:1px solid var(--line);border-radius:3px;padding:0 .3rem}
.pager{display:flex;gap:1rem;margin-top:1rem}
.editor{position:relative;border:1px solid #8a96a3;border-radius:3px;font-family:ui-monospace,monospace;font-size:.9rem;line-height:1.4}
.editor pre,.editor textarea{margin:0;padding:.5rem;white-space:pre-wrap;overflow-wrap:anywhere;font:inherit;tab-size:2}
.editor textarea{width:100%;min-height:14rem;resize:vertical;border:0;background:transparent;display:block}
.editor.js textarea{position:absolute;inset:0;height:100%;color:transparent;caret-color:var(--ink);resize:none}
.editor.js pre{min-height:14rem}.editor:focus-within{outline:3px solid #e07b00}
.editor textarea:focus-visible{outline:none}
.tok-kw{color:#8a1a9b;font-weight:600}.tok-var{color:#0b5d1e}.tok-iri{color:#0b4f8a}.tok-str{color:#9a3b00}.tok-cmt{color:#5d6670;font-style:italic}.tok-num{color:#7a3e00}.tok-pn{color:#00607a}
.tok-err{background:#ffd6d6;outline:1px solid var(--bad)}
.error{color:var(--bad);font-weight:600}.status{color:var(--muted)}
.examples{display:flex;flex-wrap:wrap;gap:.4rem;margin:.5rem 0}
.results{overflow-x:auto}
@media (max-width:40rem){.layout{grid-template-columns:1fr}table.properties th{width:auto}
 table.properties,table.properties tbody,table.incoming,table.incoming tbody{display:block;width:100%}
 table.properties tr{display:block;border-bottom:1px solid #e6eaee}table.properties th,table.properties td{display:block;border:0;padding:.15rem .2rem}
 .panel dl{grid-template-columns:1fr}.lang{margin-left:0}h1{font-size:1.35rem}}
"""#
}
