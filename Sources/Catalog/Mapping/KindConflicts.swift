import RDF
import RDFFormats
import Store

/// Finds a resource the mapping makes of two kinds (typed with classes of both): the catalog is
/// refused with `CatalogError.mapping` naming the file and line of the second `rdf:type` statement.
struct KindConflicts {
    let dataset: CatalogDataset

    init(_ dataset: CatalogDataset) { self.dataset = dataset }

    func check() throws {
        let snapshot = dataset.snapshot, mapping = dataset.mapping
        guard let type = snapshot.id(of: .iri(RDFVocabulary.type)) else { return }
        var owner: [TermID: (ResourceKind, TermID)] = [:]
        for kind in ResourceKind.allCases {
            for cls in mapping.classes(kind) {
                guard let c = snapshot.id(of: .iri(cls)) else { continue }
                var conflict: (TermID, ResourceKind, TermID)?
                snapshot.match(nil, type, c, graph: .defaultGraph) { q in
                    guard snapshot.dictionary.kind(q.subject) == .iri else { return true }
                    if let (other, otherClass) = owner[q.subject], other != kind {
                        conflict = (q.subject, other, otherClass)
                        return false
                    }
                    owner[q.subject] = (kind, c)
                    return true
                }
                if let (subject, other, otherClass) = conflict {
                    throw report(subject, first: (other, otherClass), second: (kind, c), type: type)
                }
            }
        }
    }

    /// The error, placed at the statement typing `subject` with the second kind's class.
    private func report(_ subject: TermID, first: (ResourceKind, TermID), second: (ResourceKind, TermID),
                        type: TermID) -> CatalogError {
        let snapshot = dataset.snapshot
        let iri = snapshot.term(subject), cls = snapshot.term(second.1)
        let message = "\(iri) is claimed by two kinds: \(first.0.rawValue) (as a \(snapshot.term(first.1))) and "
            + "\(second.0.rawValue) (as a \(cls)) under the mapping \(dataset.mapping.source); "
            + "a resource must be of one kind (change its types or the mapping's map:class)"
        var place: (String, Int) = (dataset.mapping.source, dataset.mapping.lines[cls.iriValue ?? ""] ?? 0)
        for file in dataset.files {
            guard let g = snapshot.id(of: .iri(file.graphIRI)),
                  snapshot.count(subject, type, second.1, graph: .named(g)) > 0 else { continue }
            place = (file.path, line(of: Quad(iri, .iri(RDFVocabulary.type), cls), in: file) ?? 0)
            break
        }
        return .mapping(file: place.0, line: place.1, message: message)
    }

    /// The line of `quad` in a Turtle or TriG file (nil for other formats or when not found).
    func line(of quad: Quad, in file: CatalogFile) -> Int? {
        guard file.format == .turtle || file.format == .trig, let source = try? ByteSource(path: file.path) else { return nil }
        var found: Int?
        let rewriter = dataset.rewriter
        let look: (Quad, Int) throws -> Void = { parsed, line in
            let q = rewriter.rewrite(parsed)
            if found == nil, q.subject == quad.subject, q.predicate == quad.predicate, q.object == quad.object { found = line }
        }
        if file.format == .turtle {
            try? TurtleParser(base: BaseRewriter.defaultBase).parse(source, lines: look)
        } else {
            try? TriGParser(base: BaseRewriter.defaultBase).parse(source, lines: look)
        }
        return found
    }
}
