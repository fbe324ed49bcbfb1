import Catalog
import RDF

/// The SPARQL text of the subgraph rounds. Every pattern sits in `GRAPH ?g` over the catalog's
/// graphs, so the answer does not depend on what an engine calls its default graph (Oxigraph: an
/// empty graph of its own; Virtuoso: every graph, system ones included).
enum SubgraphQuery {
    static let catalogGraphs = inCatalog("?g")

    /// Keeps the solutions whose graph variable `g` names one of the catalog's graphs.
    static func inCatalog(_ g: String) -> String {
        "FILTER(STRSTARTS(STR(\(g)), \"\(CatalogFile.graphPrefix)\"))"
    }

    /// One round: the triples of `subjects`, of the blank nodes they lead to (two levels, and RDF
    /// lists whole), and, when `inverse` says so, the triples pointing at them. Only the catalog's
    /// graphs are read (Virtuoso's system graphs label OWL and RDFS terms, the files do not).
    static func round(_ subjects: [String], inverse: SubgraphPlan.Inverse) -> String {
        let values = "VALUES ?s { " + subjects.map { "<\($0)>" }.joined(separator: " ") + " }"
        let g = catalogGraphs
        var branches = [
            "{ \(values) GRAPH ?g { ?s ?p ?o } \(g) }",
            "{ \(values) GRAPH ?g { ?s ?pa ?b1 FILTER(isBlank(?b1)) ?b1 ?p1 ?o1 } \(g) }",
            "{ \(values) GRAPH ?g { ?s ?pa ?b1 FILTER(isBlank(?b1)) ?b1 ?pb ?b2 FILTER(isBlank(?b2)) ?b2 ?p2 ?o2 } \(g) }",
            "{ \(values) GRAPH ?g { ?s ?pa ?l FILTER(isBlank(?l)) ?l <\(RDFVocabulary.rest)>* ?cell . ?cell ?cp ?co } \(g) }",
        ]
        switch inverse {
        case .none: break
        case .all: branches.append("{ \(values) GRAPH ?g { ?x ?q ?s } \(g) }")
        case .predicates(let ps):
            let qs = "VALUES ?q { " + ps.map { "<\($0)>" }.joined(separator: " ") + " }"
            branches.append("{ \(values) \(qs) GRAPH ?g { ?x ?q ?s } \(g) }")
        }
        return """
        CONSTRUCT { ?s ?p ?o . ?b1 ?p1 ?o1 . ?b2 ?p2 ?o2 . ?cell ?cp ?co . ?x ?q ?s }
        WHERE { \(branches.joined(separator: "\nUNION ")) }
        """
    }

    /// The IRIs of every resource of `kinds`, in IRI order.
    static func members(_ kinds: [ResourceKind]) -> String {
        let classes = kinds.flatMap(\.classes).map { "<\($0)>" }.joined(separator: " ")
        return """
        SELECT DISTINCT ?s WHERE { VALUES ?c { \(classes) } GRAPH ?g { ?s <\(RDFVocabulary.type)> ?c } \(catalogGraphs)
          FILTER(isIRI(?s)) } ORDER BY ?s
        """
    }

    /// The triples the search index reads (`SearchIndex`: types, label properties, alternative labels,
    /// notations, schemes and validity dates) of every resource of `kinds`, in one query.
    static func searchable(_ kinds: [ResourceKind]) -> String {
        let classes = kinds.flatMap(\.classes).map { "<\($0)>" }.joined(separator: " ")
        // an item's scheme and the schemes' validity: a hit names its classification version and its validity
        let predicates = [RDFVocabulary.type] + Labeler.labelProperties
            + [SKOS.altLabel, SKOS.notation, SKOS.inScheme, SchemaOrg.startDate, SchemaOrg.endDate]
        return """
        CONSTRUCT { ?s ?p ?o } WHERE {
          { SELECT DISTINCT ?s WHERE { VALUES ?c { \(classes) } GRAPH ?g { ?s <\(RDFVocabulary.type)> ?c } \(catalogGraphs)
              FILTER(isIRI(?s)) } }
          VALUES ?p { \(predicates.map { "<\($0)>" }.joined(separator: " ")) }
          GRAPH ?g2 { ?s ?p ?o } \(inCatalog("?g2")) }
        """
    }

    /// The resources a list of `kind` shows, with their id (`?id`), as the typed views find them
    /// (`ViewContext.members`, `id(of:kind:)`, `kind(of:)`): IRIs typed with one of the kind's
    /// classes, under `{base}id/`, and of no kind listed before it in `ResourceKind.allCases`.
    static func listMembers(_ kind: ResourceKind, idBase: String) -> String {
        let own = idBase + kind.pathSegment + "/"
        let classes = kind.classes.map { "<\($0)>" }.joined(separator: " ")
        let earlier = ResourceKind.allCases.prefix { $0 != kind }.flatMap(\.classes).map { "<\($0)>" }
        let exclusion = earlier.isEmpty ? "" : """
          FILTER NOT EXISTS { VALUES ?e { \(earlier.joined(separator: " ")) } GRAPH ?g2 { ?s <\(RDFVocabulary.type)> ?e } \(inCatalog("?g2")) }
        """
        return """
        { SELECT DISTINCT ?s WHERE { VALUES ?c { \(classes) } GRAPH ?g { ?s <\(RDFVocabulary.type)> ?c } \(catalogGraphs)
            FILTER(isIRI(?s) && STRSTARTS(STR(?s), "\(idBase)")) } }
        \(exclusion)
          BIND(IF(STRSTARTS(STR(?s), "\(own)"), STRAFTER(STR(?s), "\(own)"), STRAFTER(STR(?s), "\(idBase)")) AS ?id)
        """
    }

    /// How many resources the list of `kind` shows.
    static func listCount(_ kind: ResourceKind, idBase: String) -> String {
        "SELECT (COUNT(*) AS ?n) WHERE { \(listMembers(kind, idBase: idBase)) }"
    }

    /// One page of the list of `kind`, in the typed views' order (by id, then IRI).
    static func listPage(_ kind: ResourceKind, idBase: String, limit: Int, offset: Int) -> String {
        "SELECT ?s ?id WHERE { \(listMembers(kind, idBase: idBase)) } ORDER BY ?id ?s LIMIT \(limit) OFFSET \(offset)"
    }

    /// Every triple whose subject is not a series (nor a blank node hanging from one).
    static var structural: String {
        """
        CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } \(catalogGraphs)
          FILTER NOT EXISTS { GRAPH ?g2 { ?s <\(RDFVocabulary.type)> <\(LDS.TimeSeries)> } } }
        """
    }

    /// The catalog's named graphs.
    static var graphs: String {
        "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } \(catalogGraphs) } ORDER BY ?g"
    }
}
