import Catalog

/// The tree page of one classification version: title, validity, the other versions of its
/// series, a date picker, and the first level of the tree (each node with its number of children
/// and a toggle, hidden until `tree.js` shows it and uses it to fetch the next level).
struct ClassificationTreePage {
    let history: ClassificationHistory
    /// The version shown (the one valid on `date` when a date was asked).
    let scheme: ClassificationView
    /// The version the URL names.
    let asked: ClassificationView
    let date: Day?
    let notice: String?
    let language: String
    let base: String

    var html: String {
        let label = scheme.labels.pick(language)
        let title = label?.text ?? scheme.id
        var body = "<h1>" + HTML.text(title, language: label?.language ?? "", pageLanguage: language)
            + (label.map { HTML.fallbackMarker($0, language: language) } ?? "") + "</h1>\n"
        if let validity = scheme.validity {
            body += "<p class=\"validity\">" + HTML.say(language, "Valid ", "Valide ") + HTML.escape(validity.text) + "</p>\n"
        }
        if scheme.id != asked.id, let date {
            body += "<p class=\"notice\" role=\"status\">" + HTML.escape(HTML.say(language,
                "Version valid on \(date.description): \(scheme.id) (the address names \(asked.id)).",
                "Version valide le \(date.description) : \(scheme.id) (l’adresse désigne \(asked.id)).")) + "</p>\n"
        }
        if let notice { body += "<p class=\"error\" role=\"alert\">" + HTML.escape(notice) + "</p>\n" }
        body += dateForm()
        body += versions()
        let roots = history.roots(of: scheme)
        let nodes = history.tree(Array(roots.prefix(1000)), in: scheme, depth: 1, language: language)
        body += "<h2 id=\"tree-title\">" + HTML.say(language, "Items", "Postes") + " <span class=\"count\">(\(scheme.items.count))</span></h2>\n"
        body += "<ul class=\"tree\" id=\"tree\" aria-labelledby=\"tree-title\" data-scheme=\"\(HTML.escape(scheme.id))\""
            + (date.map { " data-date=\"\(HTML.escape($0.description))\"" } ?? "") + ">\n"
        body += nodes.map(node).joined(separator: "\n") + "\n</ul>\n"
        body += "<p class=\"formats\"><a href=\"\(HTML.escape(ResourcePage.link(scheme.iri, base: base, language: language)))\">"
            + HTML.say(language, "Resource page", "Page de la ressource") + "</a> "
            + "<a href=\"/api/classifications/\(HTML.escape(HTML.queryEscape(scheme.id)))/tree\">JSON</a> "
            + "<a href=\"/api/export/classifications/\(HTML.escape(HTML.queryEscape(scheme.id)))\">CSV</a></p>\n"
        let query: [(String, String)] = date.map { [("date", $0.description)] } ?? []
        return HTML.page(title: title, language: language, path: "/classifications/" + HTML.queryEscape(asked.id),
                         query: query, scripts: ["tree.js"], body: body)
    }

    private func node(_ n: TreeNode) -> String {
        let url = ClassificationItemPage.url(scheme: scheme.id, code: n.code, language: language, date: date)
        var li = "<li data-code=\"\(HTML.escape(n.code))\">"
        if n.childCount > 0 {
            li += "<button type=\"button\" class=\"toggle\" aria-expanded=\"false\" aria-label=\""
                + HTML.escape(HTML.say(language, "Expand ", "Déplier ") + n.code) + "\" hidden>+</button>"
        }
        li += "<a href=\"\(HTML.escape(url))\"><span class=\"code\">\(HTML.escape(n.notation ?? n.code))</span>"
        if let l = n.label { li += HTML.text(l.text, language: l.language, pageLanguage: language) + HTML.fallbackMarker(l, language: language) }
        li += "</a>"
        if n.childCount > 0 { li += "<span class=\"count\"> (\(n.childCount))</span>" }
        return li + "</li>"
    }

    private func dateForm() -> String {
        let value = date?.description ?? ""
        return "<form class=\"date\" method=\"get\" action=\"/classifications/\(HTML.escape(HTML.queryEscape(asked.id)))\">"
            + "<label for=\"tree-date\">" + HTML.say(language, "As it stood on", "Telle qu’en vigueur le") + "</label> "
            + "<input type=\"date\" id=\"tree-date\" name=\"date\" value=\"\(HTML.escape(value))\">"
            + "<input type=\"hidden\" name=\"lang\" value=\"\(language)\"> <button type=\"submit\">"
            + HTML.say(language, "Show", "Afficher") + "</button></form>\n"
    }

    /// The versions of the series with their validity, linked.
    private func versions() -> String {
        let all = history.versions(like: scheme)
        guard all.count > 1 else { return "" }
        let items = all.map { v -> String in
            let text = (v.labels.pick(language)?.text ?? v.id) + (v.validity.map { " (" + $0.text + ")" } ?? "")
            let current = v.id == scheme.id ? " aria-current=\"page\"" : ""
            return "<li><a href=\"/classifications/\(HTML.escape(HTML.queryEscape(v.id)))?lang=\(language)\"\(current)>\(HTML.escape(text))</a></li>"
        }
        return "<h2>" + HTML.say(language, "Versions", "Versions") + "</h2>\n<ul class=\"versions\">" + items.joined() + "</ul>\n"
    }
}
