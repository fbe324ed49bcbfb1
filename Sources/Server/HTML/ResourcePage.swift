import Catalog
import RDF

/// The HTML page of one resource: its label in the chosen language, its types, its properties
/// with links to related resources, and what links to it.
struct ResourcePage {
    let description: ResourceDescription
    let prefixes: PrefixMap
    let language: String
    let base: String
    let path: String

    var html: String {
        let iri = description.resource.iriValue ?? ""
        let title = description.label?.text ?? prefixes.display(description.resource)
        var body = "<h1>\(HTML.escape(title))</h1>\n<p><code>\(HTML.escape(iri))</code></p>\n"
        if !description.types.isEmpty {
            body += "<p class=\"types\">" + description.types.map(value).joined(separator: ", ") + "</p>\n"
        }
        body += "<table class=\"properties\">\n" + rows(description.properties) + "</table>\n"
        if !description.incoming.isEmpty {
            body += "<h2>\(language == "fr" ? "Liens entrants" : "Linked from")</h2>\n<table class=\"incoming\">\n"
                + rows(description.incoming) + "</table>\n"
        }
        let formats = [("ttl", "Turtle"), ("jsonld", "JSON-LD"), ("nt", "N-Triples"), ("rdf", "RDF/XML")]
        body += "<p class=\"formats\">" + formats.map { "<a href=\"\(HTML.escape(path))?format=\($0.0)\">\($0.1)</a>" }
            .joined(separator: " · ") + "</p>\n"
        return HTML.page(title: title, language: language, path: path, body: body)
    }

    private func rows(_ groups: [PropertyValues]) -> String {
        groups.map { g in
            let name = g.label?.text ?? prefixes.shorten(g.predicate)
            var cell = g.values.map(value).joined(separator: "<br>")
            if g.omitted > 0 { cell += "<br>… (+\(g.omitted))" }
            return "<tr><th title=\"\(HTML.escape(g.predicate))\">\(HTML.escape(name))</th><td>\(cell)</td></tr>\n"
        }.joined()
    }

    private func value(_ v: LinkedValue) -> String {
        switch v.term {
        case .literal(let lit):
            let lang = lit.language.map { " <small lang=\"\(HTML.escape($0))\">@\(HTML.escape($0))</small>" } ?? ""
            return HTML.escape(lit.lexicalForm) + lang
        case .iri(let iri):
            let text = v.label?.text ?? prefixes.shorten(iri)
            return "<a href=\"\(HTML.escape(ResourcePage.link(iri, base: base, language: language)))\">\(HTML.escape(text))</a>"
        case .blankNode:
            let inner = v.nested.map { g in
                HTML.escape(g.label?.text ?? prefixes.shorten(g.predicate)) + ": " + g.values.map(value).joined(separator: ", ")
            }
            return "[" + inner.joined(separator: "; ") + "]"
        }
    }

    /// A resource IRI under the base becomes a local path, so pages link within this server.
    static func link(_ iri: String, base: String, language: String) -> String {
        guard iri.hasPrefix(base) else { return iri }
        return "/" + iri.dropFirst(base.count) + "?lang=" + language
    }
}
