import Catalog

/// The body of `/quality-reports/{id}`: the report's target and dates, then each reported attribute
/// under its SIMS number and name. Rich text is the report's XHTML fragment, checked well-formed and
/// restricted to a few inert elements at load time (`XHTMLFragment`), so it is embedded as it is.
struct QualityReportPage {
    let report: QualityReportView
    let base: String
    let language: String

    var content: (title: String, body: String) {
        let fr = language == "fr"
        let title = report.label(language)?.text ?? report.id
        var body = "<h1>\(HTML.escape(title))</h1>\n<p><code>\(HTML.escape(report.iri))</code></p>\n<table class=\"report\">\n"
        if let target = report.target {
            body += row(fr ? "Objet" : "Target", link(target))
        }
        if let modified = report.modified { body += row(fr ? "Mis à jour" : "Updated", HTML.escape(modified.value)) }
        body += "</table>\n"
        for a in report.attributes {
            let name = a.labels.pick(language)?.text ?? a.id
            let level = min(6, 2 + a.number.filter { $0 == "." }.count - 1)
            body += "<h\(level) id=\"\(HTML.escape(a.id))\">\(HTML.escape(a.number + " " + name))</h\(level)>\n" + value(a) + "\n"
        }
        body += "<p class=\"formats\"><a href=\"/api/quality-reports/\(HTML.escape(report.id))\">JSON</a> · "
            + "<a href=\"\(HTML.escape(ResourcePage.link(report.iri, base: base, language: language)))\">RDF</a></p>\n"
        return (title, body)
    }

    private func value(_ a: QualityReportView.ReportedAttribute) -> String {
        switch a.representation {
        case .date: return "<p>" + HTML.escape(a.date ?? "") + "</p>"
        case .organisation, .code: return a.link.map { "<p>" + link($0) + "</p>" } ?? ""
        case .richText:
            guard let picked = a.texts?.pick(language) else { return "" }
            // A catalog served from a remote engine skipped the load-time check: escape what fails it.
            let html = XHTMLFragment.problem(picked.text) == nil ? picked.text : HTML.escape(picked.text)
            return "<div lang=\"\(HTML.escape(picked.language))\">" + html + "</div>"
        case .text, .heading:
            guard let picked = a.texts?.pick(language) else { return "" }
            return "<p lang=\"\(HTML.escape(picked.language))\">" + HTML.escape(picked.text) + "</p>"
        }
    }

    private func row(_ name: String, _ cell: String) -> String { "<tr><th>\(HTML.escape(name))</th><td>\(cell)</td></tr>\n" }

    private func link(_ l: Link) -> String {
        let text = l.labels.pick(language)?.text ?? l.notation ?? l.id ?? l.iri
        return "<a href=\"\(HTML.escape(ResourcePage.link(l.iri, base: base, language: language)))\">\(HTML.escape(text))</a>"
    }
}
