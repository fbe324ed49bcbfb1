import Catalog
import RDF

/// The bounded descriptions of an export's resources, read one resource at a time.
///
/// The whole-body export concatenated every resource's description (its triples, its blank nodes'
/// and the labels of the resources it links to, `LinkedDataRepository.boundedDescription`) and
/// kept each quad's first occurrence. `forEachNew` yields the same quads in the same order while
/// remembering only, for each subject, the first description that held it. That suffices because a
/// description holds a subject's quads in one of two ways: all of them (the resource's own
/// description, or a blank node of its closure), or the same complete set each time (the labels of
/// a resource it links to). Only a resource's own description can add quads to those an earlier
/// description held; those few are checked against that earlier description, read again.
struct ExportDescriptions {
    /// The exported resources, in export order.
    let iris: [String]
    /// The bounded description of a resource (nil when the catalog says nothing about it).
    let describe: (String) -> [Quad]?
    /// The export position of each resource (its first, should one be listed twice).
    let position: [String: Int]

    init(iris: [String], describe: @escaping (String) -> [Quad]?) {
        self.iris = iris
        self.describe = describe
        var position: [String: Int] = [:]
        position.reserveCapacity(iris.count)
        for (i, iri) in iris.enumerated() where position[iri] == nil { position[iri] = i }
        self.position = position
    }

    /// The label properties whose triples a description holds for each resource it links to.
    static let labelPredicates: Set<Term> = Set(Labeler.labelProperties.map { Term.iri($0) })

    /// The description of the resource at `index`, each quad once; nil when the resource was
    /// listed earlier (its quads are all written there) or the catalog says nothing about it.
    func description(at index: Int) -> [Quad]? {
        guard position[iris[index]] == index, let quads = describe(iris[index]) else { return nil }
        var seen = Set<Quad>()
        seen.reserveCapacity(quads.count)
        return quads.filter { seen.insert($0).inserted }
    }

    /// Every quad of the export whose subject is `subject` (an IRI): those of its own description
    /// when it is exported, else its labels (what each description that links to it holds).
    func quads(about subject: Term) -> [Quad] {
        guard case .iri(let iri) = subject, let own = describe(iri) else { return [] }
        let exported = position[iri] != nil
        var seen = Set<Quad>()
        return own.filter {
            $0.subject == subject && (exported || Self.labelPredicates.contains($0.predicate)) && seen.insert($0).inserted
        }
    }

    /// Calls `body` for each resource in export order with the quads of its description that no
    /// earlier description held (the whole-body export's quads, in its order).
    func forEachNew(_ body: ([Quad]) async throws -> Void) async rethrows {
        var firstSeen: [Term: Int] = [:]
        for index in iris.indices {
            guard let quads = description(at: index) else { continue }
            let resource = Term.iri(iris[index])
            var earlier: Set<Quad>?
            var fresh: [Quad] = []
            fresh.reserveCapacity(quads.count)
            for q in quads {
                if let first = firstSeen[q.subject] {
                    if first == index {
                        fresh.append(q)
                    } else if q.subject == resource {
                        // The resource's own description, after another linked to it: its labels
                        // were written there, the rest is new.
                        if earlier == nil {
                            earlier = Set((description(at: first) ?? []).filter { $0.subject == resource })
                        }
                        if earlier?.contains(q) != true { fresh.append(q) }
                    }
                    // Otherwise another resource's quads, all written with its first description.
                } else {
                    firstSeen[q.subject] = index
                    fresh.append(q)
                }
            }
            try await body(fresh)
        }
    }
}
