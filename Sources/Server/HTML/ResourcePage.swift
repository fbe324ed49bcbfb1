import Catalog
import RDF

/// The HTML page of one resource (LodView-like): its title and description in the chosen language
/// (marked when shown in another), a panel of what matters for its type, its properties grouped by
/// vocabulary and labelled by the vocabulary's labels, what links to it (counted, grouped by
/// property, paged with `?inPage=`), and its raw formats and SPARQL one click away.
struct ResourcePage {
    let description: ResourceDescription
    let prefixes: PrefixMap
    let language: String
    let base: String
    let path: String
    /// The page of incoming links (1-based).
    var inPage = 1

    /// Predicates whose values are the resource's description, best first.
    static let descriptionPredicates = [DCTERMS.description, SchemaOrg.description, SKOS.definition, RDFS.comment]
    /// Incoming links per page.
    static let incomingPageSize = 25

    var html: String {
        let iri = description.resource.iriValue ?? ""
        let title = description.label?.text ?? prefixes.display(description.resource)
        var body = "<h1>" + HTML.text(title, language: description.label?.language ?? "", pageLanguage: language)
            + (description.label.map { HTML.fallbackMarker($0, language: language) } ?? "") + "</h1>\n"
        body += "<p class=\"iri\">\(HTML.escape(iri))</p>\n"
        if let lead = leadDescription() { body += lead }
        if !description.types.isEmpty {
            body += "<p class=\"types\">" + HTML.say(language, "Type: ", "Type : ") + description.types.map(value).joined(separator: ", ") + "</p>\n"
        }
        body += ResourcePanels(description: description, language: language, base: base, render: value).html
        body += "<h2>" + HTML.say(language, "Properties", "Propriétés") + "</h2>\n"
        body += "<table class=\"properties\">\n" + groupedRows(description.properties) + "</table>\n"
        body += IncomingLinks(groups: description.incoming, language: language, path: path, page: inPage,
                              pageSize: Self.incomingPageSize, render: value,
                              caption: { [prefixes] in $0.label?.text ?? prefixes.shorten($0.predicate) }).html
        body += rawLinks(iri)
        return HTML.page(title: title, language: language, path: path, query: inPage > 1 ? [("inPage", String(inPage))] : [], body: body)
    }

    /// The description in the page's language (else another, marked).
    private func leadDescription() -> String? {
        for predicate in Self.descriptionPredicates {
            guard let group = description.properties.first(where: { $0.predicate == predicate }) else { continue }
            var texts = LocalizedText()
            for v in group.values { if case .literal(let lit) = v.term { texts.add(lit.lexicalForm, language: lit.language) } }
            guard let chosen = texts.pick(language) else { continue }
            return "<p class=\"lead\">" + HTML.text(chosen.text, language: chosen.language, pageLanguage: language)
                + HTML.fallbackMarker(chosen, language: language) + "</p>\n"
        }
        return nil
    }

    /// Rows grouped under a heading per vocabulary, in the order of the vocabularies' names.
    private func groupedRows(_ groups: [PropertyValues]) -> String {
        var byVocabulary: [(name: String, rows: [PropertyValues])] = []
        for g in groups {
            let name = Vocabularies.name(of: g.predicate, prefixes: prefixes, base: base, language: language)
            if let i = byVocabulary.firstIndex(where: { $0.name == name }) { byVocabulary[i].rows.append(g) }
            else { byVocabulary.append((name, [g])) }
        }
        return byVocabulary.sorted { $0.name < $1.name }.map { vocabulary in
            "<tr class=\"group\"><th colspan=\"2\" scope=\"rowgroup\">\(HTML.escape(vocabulary.name))</th></tr>\n"
                + vocabulary.rows.map(row).joined()
        }.joined()
    }

    private func row(_ g: PropertyValues) -> String {
        let name = g.label?.text ?? prefixes.shorten(g.predicate)
        // Texts in the page's language first; those in other languages folded away when there are some.
        let (mine, others) = split(g.values)
        var cell = mine.map(value).joined(separator: "<br>")
        if !others.isEmpty {
            cell += "<details><summary>" + HTML.say(language, "Other languages", "Autres langues") + " (\(others.count))</summary>"
                + others.map(value).joined(separator: "<br>") + "</details>"
        }
        if g.omitted > 0 { cell += "<br>… (+\(g.omitted))" }
        return "<tr><th scope=\"row\" title=\"\(HTML.escape(g.predicate))\">\(HTML.escape(name))</th><td>\(cell)</td></tr>\n"
    }

    /// (values shown, values in other languages): only language-tagged texts in another language
    /// than the page's are put aside, and only when some value is in the page's language.
    private func split(_ values: [LinkedValue]) -> ([LinkedValue], [LinkedValue]) {
        func tag(_ v: LinkedValue) -> String? { if case .literal(let l) = v.term { return l.language?.lowercased() } else { return nil } }
        guard values.contains(where: { tag($0) == language }) else { return (values, []) }
        return (values.filter { tag($0).map { $0 == language } ?? true }, values.filter { tag($0).map { $0 != language } ?? false })
    }

    /// Turtle, JSON-LD, N-Triples, RDF/XML, and the SPARQL page with DESCRIBE and SELECT of the resource.
    private func rawLinks(_ iri: String) -> String {
        let formats = [("ttl", "Turtle"), ("jsonld", "JSON-LD"), ("nt", "N-Triples"), ("rdf", "RDF/XML")]
        var out = "<h2>" + HTML.say(language, "Data", "Données") + "</h2>\n<p class=\"formats\">"
            + formats.map { "<a href=\"\(HTML.escape(path))?format=\($0.0)\">\($0.1)</a>" }.joined(separator: " ")
        guard !iri.isEmpty else { return out + "</p>\n" }
        let describe = "DESCRIBE <\(iri)>"
        let select = "SELECT ?property ?value WHERE {\n  <\(iri)> ?property ?value .\n}\nORDER BY ?property"
        out += " <a href=\"\(HTML.escape(HTML.url("/query", [("lang", language), ("query", describe)])))\">SPARQL DESCRIBE</a>"
        out += " <a href=\"\(HTML.escape(HTML.url("/query", [("lang", language), ("query", select)])))\">SPARQL SELECT</a></p>\n"
        return out
    }

    func value(_ v: LinkedValue) -> String {
        switch v.term {
        case .literal(let lit):
            let lang = lit.language.map { " <small>@\(HTML.escape($0))</small>" } ?? ""
            return HTML.text(lit.lexicalForm, language: lit.language ?? "", pageLanguage: language) + lang
        case .iri(let iri):
            let text = v.label?.text ?? prefixes.shorten(iri)
            let marker = v.label.map { HTML.fallbackMarker($0, language: language) } ?? ""
            return "<a href=\"\(HTML.escape(ResourcePage.link(iri, base: base, language: language)))\">\(HTML.escape(text))</a>" + marker
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
