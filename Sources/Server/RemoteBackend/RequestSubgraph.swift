import Catalog
import Foundation
import Remote

/// Which subgraph of a remote catalog a request reads, from its path alone (pure, unit-tested).
/// nil: the route reads no catalog data (health, metrics, OpenAPI, context, SPARQL pass-through).
public enum RequestSubgraph {
    /// `/api/{plural}` → the kind it lists.
    static let kinds: [String: ResourceKind] = [
        "series": .series, "dataflows": .dataflow, "classifications": .classification, "concepts": .concept,
        "events": .event, "internship-topics": .internship, "organisations": .organisation, "projects": .project,
        "families": .family, "operation-series": .operationSeries, "operations": .operation, "indicators": .indicator,
        "quality-reports": .qualityReport,
    ]

    /// The kinds whose views read links in both directions (parts, producing series, successors,
    /// reports pointing at their target, RMéS value nodes pointing at their report) and the SIMS
    /// metadata structure: their lists, details, exports and browse pages read the structural part
    /// (everything but the time series) as well as what a typed view reads.
    static let operationKinds: Set<ResourceKind> = [.family, .operationSeries, .operation, .indicator, .qualityReport]

    /// Paths that read nothing from the catalog.
    static let dataless: Set<String> = ["/health", "/metrics", "/openapi.json", "/context.jsonld", "/sparql", "/admin/reload",
                                         "/query"]

    /// `reserved`: the first segments of the server's own routes (`RouteTable.reservedSegments`);
    /// given, any other path is a resource IRI under the base (the catch-all dereferencing route).
    public static func plan(path rawPath: String, base: String, reserved: Set<String> = []) -> SubgraphPlan? {
        let path = rawPath.removingPercentEncoding ?? rawPath
        if dataless.contains(path) { return nil }
        let parts = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        guard let first = parts.first else { return .labels(of: ResourceKind.allCases) }  // landing page
        switch first {
        case "id" where parts.count > 1:
            return .resource(base + path.dropFirst())
        case "assets":  // the stylesheet and scripts of the HTML pages
            return nil
        case "search":
            return .labels(of: ResourceKind.allCases)
        case "browse" where parts.count == 2:
            return kind(named: parts[1]).map(views(of:))
        case "api":
            return apiPlan(Array(parts.dropFirst()), base: base)
        case "dcat" where parts.count == 1:
            return .catalogDescription
        case _ where !reserved.isEmpty && !reserved.contains(first):
            return .resource(base + path.dropFirst())
        default:
            return .structural
        }
    }

    /// `plan(path:base:)`, except that a classification's detail asked for a day
    /// (`/api/classifications/{id}?date=YYYY-MM-DD`) reads the structural part: when the version
    /// was not valid that day, the answer names the version of its series that was.
    public static func plan(path rawPath: String, query: String?, base: String,
                            reserved: Set<String> = []) -> SubgraphPlan? {
        let path = rawPath.removingPercentEncoding ?? rawPath
        let parts = path.split(separator: "/", omittingEmptySubsequences: true)
        if parts.count == 3, parts[0] == "api", parts[1] == "classifications",
           FormDecoding.decode(query ?? "").contains(where: { $0.name == "date" && $0.value != "*" }) {
            return .structural
        }
        return plan(path: rawPath, base: base, reserved: reserved)
    }

    /// `/api/search`, `/api/export/{plural}`, `/api/{plural}`, `/api/{plural}/{id...}` (with the
    /// classification sub-routes `/levels`, `/items`, `/correspondences`).
    static func apiPlan(_ parts: [String], base: String) -> SubgraphPlan? {
        guard let head = parts.first else { return nil }
        if head == "search" { return .searchIndex(of: ResourceKind.allCases) }
        if head == "export", parts.count == 2 { return kinds[parts[1]].map(views(of:)) }
        // Classifications through time read the versions of a series and the correspondence tables
        // between them: correspondences, one item and its neighbours, trees, CSV downloads.
        if head == "correspondences" { return .structural }
        if head == "export", parts.count == 3, ["classifications", "correspondences"].contains(parts[1]) { return .structural }
        if head == "classifications", parts.count >= 3, parts[2] == "tree" || (parts[2] == "items" && parts.count > 3) {
            return .structural
        }
        // The operations tree reads links in both directions.
        if head == "operations", parts.count == 2, parts[1] == "tree" { return .structural }
        guard let kind = kinds[head] else { return nil }
        if parts.count == 1 { return views(of: kind) }
        var id = parts.dropFirst().joined(separator: "/")
        if kind == .classification, parts.count == 3, ["levels", "items", "correspondences"].contains(parts[2]) {
            id = parts[1]
        }
        let idBase = base + "id/"
        var plan = SubgraphPlan.view([idBase + kind.pathSegment + "/" + id, idBase + id])
        if operationKinds.contains(kind) { plan.also.append(.structural) }
        return plan
    }

    /// What the list, export or browse page of `kind` reads.
    static func views(of kind: ResourceKind) -> SubgraphPlan {
        var plan = SubgraphPlan.views(of: [kind])
        if operationKinds.contains(kind) { plan.also.append(.structural) }
        return plan
    }

    /// The query parameters of a list that are not filters.
    static let pagingParameters: Set<String> = ["limit", "offset", "lang", "format"]

    /// An unfiltered `/api/{plural}` list, which the engine pages (`RemoteCatalog.page`): its kind,
    /// limit and offset. nil for anything else: a filtered list (or one with a bad parameter, which
    /// gets its 400 from the controller) reads every view of its kind and filters them here. The
    /// operation kinds are not paged by the engine: their views read the structural part anyway.
    public static func enginePaged(path rawPath: String, query: String?) -> (kind: ResourceKind, limit: Int, offset: Int)? {
        let path = rawPath.removingPercentEncoding ?? rawPath
        let parts = path.split(separator: "/", omittingEmptySubsequences: true)
        guard parts.count == 2, parts[0] == "api", let kind = kinds[String(parts[1])], !operationKinds.contains(kind) else {
            return nil
        }
        let fields = FormDecoding.decode(query ?? "")
        guard fields.allSatisfy({ pagingParameters.contains($0.name) }), let paging = try? Paging(fields) else { return nil }
        return (kind, paging.limit, paging.offset)
    }

    /// A kind by its path segment or its `/api` plural.
    static func kind(named name: String) -> ResourceKind? {
        ResourceKind(rawValue: name) ?? kinds[name]
    }
}
