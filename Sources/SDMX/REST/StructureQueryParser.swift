/// Why a REST path or parameter was refused, with the status the spec gives.
public struct StructureQueryError: Error, Hashable, Sendable, CustomStringConvertible {
    /// 400 (syntax) or 501 (valid but not implemented here).
    public var status: Int
    public var message: String
    public var description: String { "\(status): \(message)" }

    static func bad(_ m: String) -> Self { Self(status: 400, message: m) }
    static func unsupported(_ m: String) -> Self { Self(status: 501, message: m) }
}

/// Parses SDMX REST structure paths and the `detail` / `references` parameters.
///
/// - REST 1.5: `/{resource}/{agencyID}/{resourceID}/{version}[/{itemID}]`; values joined with
///   `+`; `all` everywhere; `latest` version. Missing trailing segments mean all / latest.
/// - REST 2: `/structure/{artefactType}/{agencyID}/{resourceID}/{version}[/{itemID}]`; values
///   joined with `,`; `*` all; `~` latest, `+` latest stable.
/// A leading or trailing slash is ignored (pysdmx sends one).
public enum StructureQueryParser {
    /// Structure resources of the SDMX REST API this server does not publish (answered 501).
    /// (`metadatastructure` is answered by the server's reference-metadata responder, not by this parser.)
    public static let knownUnsupported: Set<String> = [
        "metadataflow", "provisionagreement", "process",
        "hierarchicalcodelist", "organisationscheme", "agencyscheme", "dataproviderscheme", "dataconsumerscheme",
        "organisationunitscheme", "reportingtaxonomy", "contentconstraint", "attachmentconstraint", "actualconstraint",
        "allowedconstraint", "conceptschememap", "codelistmap", "categoryschememap", "organisationschememap",
        "reportingtaxonomymap", "structuremap", "valuelist", "hierarchy", "hierarchyassociation",
        "dataconstraint", "metadataconstraint", "metadataproviderscheme", "metadataprovisionagreement",
        "transformationscheme", "rulesetscheme", "userdefinedoperatorscheme", "customtypescheme",
        "namepersonalisationscheme", "vtlmappingscheme", "geographiccodelist", "geogridcodelist", "datastructuremap",
    ]

    static let itemSchemes: Set<ArtefactType> = [.codelist, .conceptScheme, .categoryScheme]

    /// Parses a REST 1.5 path and its query parameters (resource `structure`: every type).
    public static func parseV1(path: String, parameters: [String: String] = [:]) throws(StructureQueryError) -> StructureQuery {
        var segments = split(path)
        guard let resource = segments.first else { throw .bad("empty path") }
        segments.removeFirst()
        guard segments.count <= 4 else { throw .bad("too many path segments") }
        let types = resource == "structure" ? ArtefactType.allCases : [try artefactType(resource)]
        var q = StructureQuery(api: .v1, types: types)
        func values(_ s: String) throws(StructureQueryError) -> ValueSelector {
            if s == "all" { return .all }
            let parts = s.split(separator: "+", omittingEmptySubsequences: false).map(String.init)
            guard !parts.contains(where: \.isEmpty) else { throw .bad("empty value in \"\(s)\"") }
            return .values(parts)
        }
        if segments.count > 0 { q.agencies = try values(segments[0]) }
        if segments.count > 1 { q.ids = try values(segments[1]) }
        if segments.count > 2 {
            switch segments[2] {
            case "latest": q.versions = .latest
            case "all": q.versions = .all
            case let v:
                guard case .values(let vs) = try values(v) else { q.versions = .all; break }
                q.versions = .values(vs)
            }
        }
        if segments.count > 3 {
            q.items = try values(segments[3])
            // Only item schemes have items: named items select among them (none for other types).
            if q.items != .all { q.types = q.types.filter { itemSchemes.contains($0) } }
        }
        try applyParameters(parameters, to: &q, api: .v1)
        return q
    }

    /// Parses a REST 2 path (starting with `structure/`) and its query parameters.
    public static func parseV2(path: String, parameters: [String: String] = [:]) throws(StructureQueryError) -> StructureQuery {
        var segments = split(path)
        guard segments.first == "structure" else { throw .bad("REST 2 structure paths start with /structure/") }
        segments.removeFirst()
        guard segments.count <= 5 else { throw .bad("too many path segments") }
        var q = StructureQuery(api: .v2)
        func values(_ s: String) throws(StructureQueryError) -> ValueSelector {
            if s == "*" { return .all }
            let parts = s.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard !parts.contains(where: \.isEmpty) else { throw .bad("empty value in \"\(s)\"") }
            if parts.contains("*") { return .all }
            return .values(parts)
        }
        if segments.count > 0 {
            switch try values(segments[0]) {
            case .all: q.types = ArtefactType.allCases
            case .values(let names):
                var types: [ArtefactType] = []
                for n in names { types.append(try artefactType(n)) }
                q.types = types
            }
        }
        if segments.count > 1 { q.agencies = try values(segments[1]) }
        if segments.count > 2 { q.ids = try values(segments[2]) }
        if segments.count > 3 {
            switch segments[3] {
            case "~": q.versions = .latest
            case "+": q.versions = .latestStable
            case "*": q.versions = .all
            case let v:
                guard case .values(let vs) = try values(v) else { q.versions = .all; break }
                if let wildcard = vs.first(where: { $0.contains("+") || $0.contains("*") || $0.contains("~") }) {
                    throw .unsupported("semantic version wildcards (\(wildcard)) are not supported")
                }
                q.versions = .values(vs)
            }
        }
        if segments.count > 4 {
            q.items = try values(segments[4])
            // Only item schemes have items: named items select among them (none for other types).
            if q.items != .all { q.types = q.types.filter { itemSchemes.contains($0) } }
        }
        try applyParameters(parameters, to: &q, api: .v2)
        return q
    }

    static func split(_ path: String) -> [String] {
        var parts = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        while parts.first == "" { parts.removeFirst() }
        while parts.last == "" { parts.removeLast() }
        return parts
    }

    static func artefactType(_ name: String) throws(StructureQueryError) -> ArtefactType {
        if let t = ArtefactType(restName: name) { return t }
        if knownUnsupported.contains(name) { throw .unsupported("structure type \(name) is not published") }
        // Answered by the reference-metadata responder on its own path, not as part of a list of types.
        if name == "metadatastructure" {
            throw .unsupported("structure type metadatastructure is served alone (…/structure/metadatastructure/…), not in a list of types")
        }
        throw .bad("unknown structure type \(name)")
    }

    static func applyParameters(_ p: [String: String], to q: inout StructureQuery, api: SDMXRESTVersion) throws(StructureQueryError) {
        for (key, value) in p {
            switch key {
            case "detail":
                guard let d = StructureDetail(rawValue: value), api == .v2 || d != .raw else { throw .bad("unknown detail \(value)") }
                q.detail = d
            case "references":
                q.references = try references(value, api: api)
            case "format", "lang":  // content negotiation, handled by the server
                continue
            default:
                throw .bad("unknown parameter \(key)")
            }
        }
    }

    static func references(_ value: String, api: SDMXRESTVersion) throws(StructureQueryError) -> ReferenceDetail {
        switch value {
        case "none": return .none
        case "parents": return .parents
        case "parentsandsiblings": return .parentsAndSiblings
        case "ancestors" where api == .v2: return .ancestors
        case "children": return .children
        case "descendants": return .descendants
        case "all": return .all
        default:
            if let t = ArtefactType(restName: value) { return .type(t) }
            if knownUnsupported.contains(value) { throw .unsupported("references to \(value) are not supported") }
            throw .bad("unknown references value \(value)")
        }
    }
}
