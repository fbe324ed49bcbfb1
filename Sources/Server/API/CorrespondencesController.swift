import Catalog
import Hummingbird
import RDF

/// `/api/correspondences`: the correspondence tables between classification versions, listed, by id
/// (with their associations, paged) and by source → target pair.
struct CorrespondencesController<Repository: APIRepository> {
    let support: ClassificationAPISupport<Repository>

    init(repository: Repository, cacheControl: String) {
        support = ClassificationAPISupport(repository: repository, cacheControl: cacheControl)
    }

    func addRoutes(to table: RouteTable<some RequestContext>) {
        table.add(RouteDoc("GET", "/api/correspondences", id: "correspondences", tag: "api",
                           summary: "Correspondence tables between classification versions",
                           parameters: [.init("classification", in: .query, "Only the tables involving this classification id"),
                                        ] + Paging.parameters(noun: "Tables") + [ClassificationAPISupport<Repository>.formatParameter],
                           responses: [(200, "One page of tables (without their associations)", ClassificationAPISupport<Repository>.bothTypes),
                                       (400, "Bad parameter", [Problem.mediaType]),
                                       (404, "Unknown classification", [Problem.mediaType]), ClassificationAPISupport<Repository>.notAcceptable])) { request, _ in
            try support.answer {
                let history = support.history
                let query = ClassificationAPISupport<Repository>.query(request)
                let paging = try Paging(query)
                var tables = history.correspondences
                if let id = ClassificationAPISupport<Repository>.value(query, "classification") {
                    _ = try history.classification(id)
                    tables = history.correspondences(involving: id)
                }
                let (slice, links) = ClassificationAPISupport<Repository>.page(tables, paging, request, query)
                return try support.negotiated(request, json: { _ in
                    let body = PageBody(items: slice.map(CorrespondenceSummary.init), total: tables.count,
                                        limit: paging.limit, offset: paging.offset, links: links)
                    return try support.json(body, request, language: nil)
                }, graph: {
                    var g = NavigationGraph()
                    for t in slice { g.table(t) }
                    return g
                })
            }
        }
        table.add(RouteDoc("GET", "/api/correspondences/{id}", id: "correspondence", tag: "api",
                           summary: "One correspondence table with a page of its associations, as JSON or JSON-LD",
                           parameters: [.init("id", in: .path, "The table id (e.g. nace-r2-nace-r2-1)"),
                                        .choice("format", "json or jsonld (overrides Accept)",
                                                ContentNegotiation.Offer.formatValues([.json, .jsonld]))]
                                        + Paging.parameters(defaultLimit: 1000, noun: "Associations"),
                           responses: [(200, "The table", ["application/json", "application/ld+json"]),
                                       (400, "Bad parameter", [Problem.mediaType]),
                                       (404, "Unknown table (the problem lists the tables)", [Problem.mediaType]),
                                       ClassificationAPISupport<Repository>.notAcceptable])) { request, context in
            try support.answer {
                let id = ClassificationAPISupport<Repository>.path(context, "id")
                let history = support.history
                guard let table = history.correspondence(id) else {
                    throw ServerError.noResults("unknown correspondence '\(id)'; correspondences: "
                                                + history.correspondences.map(\.id).joined(separator: ", "))
                }
                return try body(table, request) { support.repository.boundedDescription(of: table.iri) ?? [] }
            }
        }
        table.add(RouteDoc("GET", "/api/correspondences/from/{source}/to/{target}", id: "correspondenceBetween", tag: "api",
                           summary: "The correspondence table from one classification to another (either direction of the published table)",
                           parameters: [.init("source", in: .path, "Source classification id"),
                                        .init("target", in: .path, "Target classification id"),
                                        ] + Paging.parameters(defaultLimit: 1000, noun: "Associations") + [ClassificationAPISupport<Repository>.formatParameter],
                           responses: [(200, "The table, its associations read from source to target", ClassificationAPISupport<Repository>.bothTypes),
                                       (400, "Bad parameter", [Problem.mediaType]),
                                       (404, "Unknown classification or no table between them", [Problem.mediaType]),
                                       ClassificationAPISupport<Repository>.notAcceptable])) { request, context in
            try support.answer {
                let history = support.history
                let source = try history.classification(ClassificationAPISupport<Repository>.path(context, "source"))
                let target = try history.classification(ClassificationAPISupport<Repository>.path(context, "target"))
                if let table = history.correspondences.first(where: { $0.sourceID == source.id && $0.targetID == target.id }) {
                    return try body(table, request)
                }
                if let table = history.correspondences.first(where: { $0.sourceID == target.id && $0.targetID == source.id }) {
                    return try body(table, request, reversed: true)
                }
                throw ClassificationHistoryError.noCorrespondence(
                    from: source.id, to: target.id, available: history.correspondences(involving: source.id).map(\.id))
            }
        }
    }

    /// The table with a page of its associations; `reversed` reads them target → source. As JSON-LD:
    /// the table (its stored `description`, for the by-id route) and the page's associations as published.
    private func body(_ table: CorrespondenceView, _ request: Request, reversed: Bool = false,
                      description: () -> [Quad] = { [] }) throws -> Response {
        let query = ClassificationAPISupport<Repository>.query(request)
        let paging = try Paging(query, defaultLimit: 1000)
        var associations = table.associations
        if reversed {
            associations = associations.map { a in
                var r = a
                r.source = a.target
                r.target = a.source
                r.kind = a.kind.map(ClassificationHistory.reversed)
                return r
            }.sorted { $0.source != $1.source ? $0.source.lexicographicallyPrecedes($1.source)
                : $0.target.lexicographicallyPrecedes($1.target) }
        }
        let (slice, links) = ClassificationAPISupport<Repository>.page(associations, paging, request, query)
        var summary = CorrespondenceSummary(table)
        if reversed {
            swap(&summary.source, &summary.target)
            let split = summary.kinds["1:n"], merged = summary.kinds["n:1"]
            summary.kinds["1:n"] = merged
            summary.kinds["n:1"] = split
        }
        summary.direction = reversed ? "target-to-source" : "source-to-target"
        return try support.negotiated(request, json: { _ in
            try support.json(CorrespondenceBody(correspondence: summary, associations: Array(slice),
                                                total: associations.count, limit: paging.limit, offset: paging.offset,
                                                links: links), request, language: nil)
        }, graph: {
            let published = Dictionary(table.associations.map { ($0.iri, $0) }, uniquingKeysWith: { a, _ in a })
            var g = NavigationGraph()
            g.append(description())  // read only when JSON-LD was asked for
            g.table(table)
            for a in slice { if let original = published[a.iri] { g.association(original, of: table) } }
            return g
        })
    }
}

/// A correspondence table without its associations.
struct CorrespondenceSummary: Encodable, Sendable {
    var id: String
    var iri: String
    var labels: LocalizedText
    var descriptions: LocalizedText
    var notes: LocalizedText
    var source: String?
    var target: String?
    var publisher: Link?
    var associationCount: Int
    /// How the associations below are read (only in a table's own answer).
    var direction: String?
    var kinds: [String: Int]

    init(_ t: CorrespondenceView) {
        id = t.id
        iri = t.iri
        labels = t.labels
        descriptions = t.descriptions
        notes = t.notes
        source = t.sourceID
        target = t.targetID
        publisher = t.publisher
        associationCount = t.associations.count
        var kinds: [String: Int] = [:]
        for a in t.associations { kinds[a.kind ?? "unstated", default: 0] += 1 }
        self.kinds = kinds
    }
}

/// A table and one page of its associations.
struct CorrespondenceBody: Encodable, Sendable {
    var correspondence: CorrespondenceSummary
    var associations: [CorrespondenceView.Association]
    var total: Int
    var limit: Int
    var offset: Int
    var links: PageLinks
}
