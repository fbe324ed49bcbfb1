import Catalog
import RDF

/// The SPARQL text of the subgraph rounds, lists and counts. Every pattern sits in `GRAPH ?g` over
/// the catalog's graphs, so the answer does not depend on what an engine calls its default graph
/// (Oxigraph: an empty graph of its own; Virtuoso: every graph, system ones included).
///
/// Every IRI, string and number is written by `SPARQLTerms`: an IRI that IRIREF cannot hold throws
/// `RemoteError.unsafeIRI` instead of becoming query text. Public so that the fuzz harness can
/// build each query again with placeholder IRIs and compare the parsed shapes.
public enum SubgraphQuery {
    /// Keeps the solutions whose graph variable `?g` names one of the catalog's graphs.
    public static var catalogGraphs: String { inCatalog("g") }

    /// Keeps the solutions whose graph variable `?variable` names one of the catalog's graphs.
    static func inCatalog(_ variable: StaticString) -> String {
        "FILTER(STRSTARTS(STR(?\(variable)), \(SPARQLTerms.string(CatalogFile.graphPrefix))))"
    }

    /// The largest `OFFSET` sent: any list is shorter, so a larger offset gives the same empty page
    /// (engines differ on numbers past 32 bits; a request's offset is only bounded below).
    static let maxOffset = Int(Int32.max)
    /// The largest `LIMIT` sent.
    static let maxLimit = 100_000

    /// One round: the triples of `subjects`, of the blank nodes they lead to (two levels, and RDF
    /// lists whole), and, when `inverse` says so, the triples pointing at them. Only the catalog's
    /// graphs are read (Virtuoso's system graphs label OWL and RDFS terms, the files do not).
    public static func round(_ subjects: [String], inverse: SubgraphPlan.Inverse) throws(RemoteError) -> String {
        let values = try SPARQLTerms.values("s", subjects)
        let g = catalogGraphs
        let rest = try SPARQLTerms.iri(RDFVocabulary.rest)
        var branches = [
            "{ \(values) GRAPH ?g { ?s ?p ?o } \(g) }",
            "{ \(values) GRAPH ?g { ?s ?pa ?b1 FILTER(isBlank(?b1)) ?b1 ?p1 ?o1 } \(g) }",
            "{ \(values) GRAPH ?g { ?s ?pa ?b1 FILTER(isBlank(?b1)) ?b1 ?pb ?b2 FILTER(isBlank(?b2)) ?b2 ?p2 ?o2 } \(g) }",
            "{ \(values) GRAPH ?g { ?s ?pa ?l FILTER(isBlank(?l)) ?l \(rest)* ?cell . ?cell ?cp ?co } \(g) }",
        ]
        switch inverse {
        case .none: break
        case .all: branches.append("{ \(values) GRAPH ?g { ?x ?q ?s } \(g) }")
        case .predicates(let ps):
            let qs = try SPARQLTerms.values("q", ps)
            branches.append("{ \(values) \(qs) GRAPH ?g { ?x ?q ?s } \(g) }")
        }
        return """
        CONSTRUCT { ?s ?p ?o . ?b1 ?p1 ?o1 . ?b2 ?p2 ?o2 . ?cell ?cp ?co . ?x ?q ?s }
        WHERE { \(branches.joined(separator: "\nUNION ")) }
        """
    }

    /// The IRIs of every resource of `kinds`, in IRI order.
    public static func members(_ kinds: [ResourceKind]) throws(RemoteError) -> String {
        let classes = try SPARQLTerms.values("c", kinds.flatMap(\.classes))
        let type = try SPARQLTerms.iri(RDFVocabulary.type)
        return """
        SELECT DISTINCT ?s WHERE { \(classes) GRAPH ?g { ?s \(type) ?c } \(catalogGraphs)
          FILTER(isIRI(?s)) } ORDER BY ?s
        """
    }

    /// The triples the search index reads (`SearchIndex`: types, label properties, alternative labels,
    /// notations, schemes and validity dates) of every resource of `kinds`, in one query.
    public static func searchable(_ kinds: [ResourceKind]) throws(RemoteError) -> String {
        let classes = try SPARQLTerms.values("c", kinds.flatMap(\.classes))
        let type = try SPARQLTerms.iri(RDFVocabulary.type)
        // an item's scheme and the schemes' validity: a hit names its classification version and its validity
        let predicates = try SPARQLTerms.values("p", [RDFVocabulary.type] + Labeler.labelProperties
            + [SKOS.altLabel, SKOS.notation, SKOS.inScheme, SchemaOrg.startDate, SchemaOrg.endDate])
        return """
        CONSTRUCT { ?s ?p ?o } WHERE {
          { SELECT DISTINCT ?s WHERE { \(classes) GRAPH ?g { ?s \(type) ?c } \(catalogGraphs)
              FILTER(isIRI(?s)) } }
          \(predicates)
          GRAPH ?g2 { ?s ?p ?o } \(inCatalog("g2")) }
        """
    }

    /// The resources a list of `kind` shows, with their id (`?id`), as the typed views find them
    /// (`ViewContext.members`, `id(of:kind:)`, `kind(of:)`): IRIs typed with one of the kind's
    /// classes, under `{base}id/`, and of no kind listed before it in `ResourceKind.allCases`.
    public static func listMembers(_ kind: ResourceKind, idBase: String) throws(RemoteError) -> String {
        let own = SPARQLTerms.string(idBase + kind.pathSegment + "/")
        let base = SPARQLTerms.string(idBase)
        let classes = try SPARQLTerms.values("c", kind.classes)
        let type = try SPARQLTerms.iri(RDFVocabulary.type)
        let earlier = ResourceKind.allCases.prefix { $0 != kind }.flatMap(\.classes)
        let exclusion = earlier.isEmpty ? "" : """
          FILTER NOT EXISTS { \(try SPARQLTerms.values("e", earlier)) GRAPH ?g2 { ?s \(type) ?e } \(inCatalog("g2")) }
        """
        return """
        { SELECT DISTINCT ?s WHERE { \(classes) GRAPH ?g { ?s \(type) ?c } \(catalogGraphs)
            FILTER(isIRI(?s) && STRSTARTS(STR(?s), \(base))) } }
        \(exclusion)
          BIND(IF(STRSTARTS(STR(?s), \(own)), STRAFTER(STR(?s), \(own)), STRAFTER(STR(?s), \(base))) AS ?id)
        """
    }

    /// How many resources the list of `kind` shows.
    public static func listCount(_ kind: ResourceKind, idBase: String) throws(RemoteError) -> String {
        "SELECT (COUNT(*) AS ?n) WHERE { \(try listMembers(kind, idBase: idBase)) }"
    }

    /// One page of the list of `kind`, in the typed views' order (by id, then IRI). `limit` and
    /// `offset` are sent within 0…`maxLimit` and 0…`maxOffset`.
    public static func listPage(_ kind: ResourceKind, idBase: String, limit: Int, offset: Int) throws(RemoteError) -> String {
        let limit = SPARQLTerms.integer(min(max(limit, 0), maxLimit))
        let offset = SPARQLTerms.integer(min(max(offset, 0), maxOffset))
        return "SELECT ?s ?id WHERE { \(try listMembers(kind, idBase: idBase)) } ORDER BY ?id ?s LIMIT \(limit) OFFSET \(offset)"
    }

    /// Every triple whose subject is not a series (nor a blank node hanging from one).
    public static func structural() throws(RemoteError) -> String {
        """
        CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } \(catalogGraphs)
          FILTER NOT EXISTS { GRAPH ?g2 { ?s \(try SPARQLTerms.iri(RDFVocabulary.type)) \(try SPARQLTerms.iri(LDS.TimeSeries)) } } }
        """
    }

    /// The catalog's named graphs.
    public static var graphs: String {
        "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } \(catalogGraphs) } ORDER BY ?g"
    }

    /// The default graph's size: the catalog's distinct triples, prefix graph excluded.
    public static func tripleCount() throws(RemoteError) -> String {
        "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } "
            + catalogGraphs + " FILTER(?g != \(try SPARQLTerms.iri(PrefixGraph.graphIRI))) } }"
    }

    /// The cheapest query there is, for the health probe.
    public static let probe = "ASK {}"
}
