import Catalog

/// The body of `/statistical-operations`: nested lists of families, series, operations and indicators, each
/// linked to its resource page, series linked to their quality reports.
struct OperationsTreePage {
    let views: CatalogViews
    let tree: OperationsTree
    let base: String
    let language: String

    var content: (title: String, body: String) {
        let fr = language == "fr"
        let title = fr ? "Opérations statistiques" : "Statistical operations"
        var body = "<h1>\(HTML.escape(title))</h1>\n<ul class=\"families\">\n"
        for family in tree.families {
            body += "<li>" + link(family.iri, family.label?.text ?? family.id) + "\n" + series(family.series) + "</li>\n"
        }
        body += "</ul>\n"
        if !tree.otherSeries.isEmpty {
            body += "<h2>\(fr ? "Autres séries" : "Other series")</h2>\n" + series(tree.otherSeries)
        }
        return (title, body)
    }

    private func series(_ list: [OperationsTree.Series]) -> String {
        let fr = language == "fr"
        var out = "<ul class=\"series\">\n"
        for s in list {
            out += "<li>" + link(s.iri, s.label?.text ?? s.id)
            for report in views.get(OperationSeriesView.self, id: s.id)?.qualityReports ?? [] {
                if let id = report.id {
                    out += " · <a href=\"/quality-reports/\(HTML.escape(id))?lang=\(language)\">\(fr ? "rapport qualité" : "quality report")</a>"
                }
            }
            if !s.operations.isEmpty {
                out += "\n<ul class=\"operations\">" + s.operations.map { "<li>" + link($0.iri, $0.label?.text ?? $0.id) + "</li>" }.joined() + "</ul>"
            }
            if !s.indicators.isEmpty {
                out += "\n<p>\(fr ? "Indicateurs" : "Indicators")</p><ul class=\"indicators\">"
                    + s.indicators.map { "<li>" + link($0.iri, $0.label?.text ?? $0.id) + "</li>" }.joined() + "</ul>"
            }
            out += "</li>\n"
        }
        return out + "</ul>\n"
    }

    private func link(_ iri: String, _ text: String) -> String {
        "<a href=\"\(HTML.escape(ResourcePage.link(iri, base: base, language: language)))\">\(HTML.escape(text))</a>"
    }
}
