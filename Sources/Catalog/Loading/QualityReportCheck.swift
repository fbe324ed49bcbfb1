import RDF
import RDFFormats
import Store

/// Checks every quality report of a loaded catalog against its metadata structure: each reported
/// attribute must be an attribute of the structure (of any structure of the catalog when the report
/// names none), a heading carries no value, rich text (a literal, or an RMéS `dcmitype:Text` node's
/// `insee:html`) is a well-formed XHTML fragment, a date is an
/// `xsd:date`. The first problem stops the load (`CatalogError.invalidReport`) with the file and line
/// of the offending statement.
enum QualityReportCheck {
    static func check(_ dataset: CatalogDataset) throws {
        let c = ViewContext(dataset)
        let structures = MetadataStructure.all(c)
        let byIRI = Dictionary(structures.map { ($0.iri, $0) }, uniquingKeysWith: { a, _ in a })
        let everyAttribute = Dictionary(structures.flatMap(\.attributes).map { ($0.iri, $0) }, uniquingKeysWith: { a, _ in a })
        let V = QualityReportView.Vocabulary.self
        for report in c.members(.qualityReport) {
            let named = c.objects(report, V.structure).map(c.iriString)
            if let missing = named.first(where: { byIRI[$0] == nil }) {
                try fail(dataset, report, V.structure, "quality report <\(c.iriString(report))> names <\(missing)>, which is no metadata structure of the catalog")
            }
            let attributes = named.first.flatMap { byIRI[$0] }.map { msd in
                Dictionary(msd.attributes.map { ($0.iri, $0) }, uniquingKeysWith: { a, _ in a })
            } ?? everyAttribute
            for holder in [report] + c.subjects(V.valuesOf, report) {
                var problem: (TermID, String)?
                c.graph.match(holder, nil, nil) { _, p, o in
                    guard problem == nil else { return }
                    let pIRI = c.iriString(p)
                    if V.reportProperties.contains(pIRI) { return }
                    guard let attribute = attributes[pIRI] else {
                        problem = (p, "quality report <\(c.iriString(report))>: <\(pIRI)> is not an attribute of its metadata structure")
                        return
                    }
                    if attribute.representation == .richText, RichTextNode.isTextNode(o, c) {
                        if let wrong = Self.richTextProblem(o, c) {
                            problem = (p, "quality report <\(c.iriString(report))>, attribute \(attribute.number): \(wrong)")
                        }
                    } else if let wrong = Self.problem(of: c.graph.term(o), attribute) {
                        problem = (p, "quality report <\(c.iriString(report))>, attribute \(attribute.number): \(wrong)")
                    }
                }
                if let (p, message) = problem { try fail(dataset, holder, c.iriString(p), message) }
            }
        }
    }

    /// What is wrong with `value` for `attribute`, or nil.
    static func problem(of value: Term, _ attribute: MetadataStructure.MetadataAttribute) -> String? {
        switch attribute.representation {
        case .heading: return "a heading carries no value"
        case .date:
            guard let l = value.literalValue, l.datatype == XSD.date else { return "the value must be an xsd:date" }
            return nil
        case .organisation, .code:
            return value.iriValue == nil ? "the value must be an IRI (\(attribute.representation.rawValue))" : nil
        case .text:
            return value.literalValue == nil ? "the value must be a text" : nil
        case .richText:
            guard let l = value.literalValue else { return "the value must be rich text (an XHTML fragment)" }
            return XHTMLFragment.problem(l.lexicalForm).map { "rich text is not a well-formed XHTML fragment: " + $0 }
        }
    }

    /// What is wrong with an RMéS rich-text node (`RichTextNode`), or nil: it needs an `insee:html`
    /// that is a well-formed XHTML fragment.
    static func richTextProblem(_ node: TermID, _ c: ViewContext) -> String? {
        let texts = RichTextNode.texts(node, c)
        if texts.isEmpty { return "a dcmitype:Text node needs its XHTML in insee:html" }
        for (html, _) in texts {
            if let wrong = XHTMLFragment.problem(html) { return "rich text is not a well-formed XHTML fragment: " + wrong }
        }
        return nil
    }

    /// Throws `invalidReport` at the first statement `subject predicate ?` of the catalog's files.
    static func fail(_ dataset: CatalogDataset, _ subject: TermID, _ predicate: String, _ message: String) throws -> Never {
        let s = dataset.snapshot.term(subject)
        var graph: TermID?
        if let p = dataset.snapshot.id(of: .iri(predicate)) {
            dataset.snapshot.match(subject, p, nil, graph: .anyNamed) { q in graph = q.graph; return false }
        }
        let graphIRI = graph.flatMap { dataset.snapshot.term($0).iriValue }
        guard let file = dataset.files.first(where: { $0.graphIRI == graphIRI }) else {
            throw CatalogError.invalidReport(file: "catalog", line: 0, message: message)
        }
        var line = 0
        if file.format == .turtle || file.format == .trig, let source = try? ByteSource(path: file.path) {
            let parse: ((Quad, Int) throws -> Void) throws -> Void = file.format == .turtle
                ? { try TurtleParser(base: dataset.rewriter.from).parse(source, lines: $0) }
                : { try TriGParser(base: dataset.rewriter.from).parse(source, lines: $0) }
            try? parse { quad, at in
                let q = dataset.rewriter.rewrite(quad)
                if line == 0, q.subject == s, q.predicate == .iri(predicate) { line = at }
            }
        }
        throw CatalogError.invalidReport(file: file.path, line: line, message: message)
    }
}
