import RDFFormats
import SDMX

/// The OpenAPI description of the SDMX REST routes: every shorter form of the REST 1.5 and
/// REST 2 structure paths is a route of its own.
enum SDMXRouteDocs {
    typealias Parameter = RouteDoc.Parameter

    /// SDMX's identifier syntaxes (SDMX-ML `NestedNCNameIDType`, `IDType`, `VersionType` without
    /// wildcards, nested item ids), for the path segments' patterns.
    static let agency = "[A-Za-z][A-Za-z0-9_-]*(\\.[A-Za-z][A-Za-z0-9_-]*)*"
    static let identifier = "[A-Za-z0-9_@$-]+"
    static let version = "[0-9]+(\\.[0-9]+){0,2}"
    /// A version or a semantic-version wildcard (`1+.0.0`, `1.*`; answered 501), REST 2 only.
    static let versionOrWildcard = "[0-9*]+[+~]?(\\.[0-9*]+[+~]?){0,2}"
    /// Structure types and references SDMX REST names but this service does not publish: valid
    /// values, answered 501 Not Implemented as the SDMX REST specification says.
    static var unpublished: [String] { StructureQueryParser.knownUnsupported.sorted() }
    static let item = "[A-Za-z0-9_@$-]+(\\.[A-Za-z0-9_@$-]+)*"

    /// `^(any|value(sep value)*)$`.
    static func list(_ value: String, separator: String, any: [String], example: String) -> ParameterConstraint {
        .pattern("^(" + (any.map { ParameterConstraint.regexEscaped($0) } + [value + "(" + separator + value + ")*"]).joined(separator: "|") + ")$",
                 example: example)
    }

    static func segments(_ api: SDMXRESTVersion) -> [Parameter] {
        let types = ArtefactType.allCases.map(\.restV1Resource) + [SDMXMetadataStructurePath.resource]
        if api == .v1 {
            return [
                Parameter("resource", in: .path, "Structure resource (structure: every type); types this service does not publish answer 501",
                          .choice(types + ["structure"] + unpublished)),
                Parameter("agencyID", in: .path, "Maintenance agency; all, or several joined with +",
                          list(agency, separator: "\\+", any: ["all"], example: "SDMX")),
                Parameter("resourceID", in: .path, "Artefact id; all, or several joined with +",
                          list(identifier, separator: "\\+", any: ["all"], example: "CL_FREQ")),
                Parameter("version", in: .path, "Version; latest, all, or several joined with +",
                          list(version, separator: "\\+", any: ["latest", "all"], example: "latest")),
                Parameter("itemID", in: .path, "Item (code, concept, category) of an item scheme; all, or several joined with +",
                          list(item, separator: "\\+", any: ["all"], example: "all")),
            ]
        }
        return [
            Parameter("artefactType", in: .path, "Structure type; * for every type, several joined with , (types this service does not publish answer 501)",
                      .choiceList(types + ["*"] + unpublished)),
            Parameter("agencyID", in: .path, "Maintenance agency; *, or several joined with ,",
                      list(agency, separator: ",", any: ["*"], example: "SDMX")),
            Parameter("resourceID", in: .path, "Artefact id; *, or several joined with ,",
                      list(identifier, separator: ",", any: ["*"], example: "CL_FREQ")),
            Parameter("version", in: .path, "Version; ~ latest, + latest stable, * all, or several joined with ,",
                      list(versionOrWildcard, separator: ",", any: ["~", "+", "*"], example: "~")),
            Parameter("itemID", in: .path, "Item of an item scheme; *, or several joined with ,",
                      list(item, separator: ",", any: ["*"], example: "*")),
        ]
    }

    static func queryParameters(_ api: SDMXRESTVersion) -> [Parameter] {
        let refs = ["none", "parents", "parentsandsiblings"] + (api == .v2 ? ["ancestors"] : [])
            + ["children", "descendants", "all"] + ArtefactType.allCases.map(\.restV1Resource)
        return [
            Parameter("detail", in: .query, "Amount of detail: full, allstubs, referencestubs, allcompletestubs, referencecompletestubs, referencepartial (and raw in REST 2, equal to full)",
                      .choice(StructureDetail.allCases.map(\.rawValue).filter { api == .v2 || $0 != "raw" })),
            Parameter("references", in: .query, "Related artefacts to return with the matches (types this service does not publish answer 501)",
                      .choice(refs + unpublished)),
            Parameter("format", in: .query, "Overrides Accept: structure (SDMX-ML, with formatVersion 2.1 or 3.0.0) or sdmx-json (with formatVersion 1.0.0 or 2.0.0)",
                      .choice(SDMXOffers.formatFamilies + ContentNegotiation.Offer.formatValues(SDMXOffers.offers(api)))),
            Parameter("formatVersion", in: .query, "Version of the format named by format",
                      .choice(SDMXOffers.formatVersions(api))),
            .lang,
        ]
    }

    static func docs(_ api: SDMXRESTVersion) -> [RouteDoc] {
        let segs = segments(api)
        let base = api == .v1 ? "/sdmx/v1" : "/sdmx/v2/structure"
        let first = api == .v1 ? 1 : 0
        let media = SDMXOffers.offers(api).map(\.mediaType)
        var empty: [(status: Int, description: String, mediaTypes: [String])] = [
            (404, "No structure matches the query", [Problem.mediaType] + (api == .v1 ? ["application/xml"] : [])),
        ]
        if api == .v2 { empty = [(204, "No structure matches the query", [])] }
        let errorTypes = [Problem.mediaType] + (api == .v1 ? ["application/xml"] : [])
        return (first...segs.count).map { n in
            let path = base + segs.prefix(n).map { "/{\($0.name)}" }.joined()
            let names = segs.prefix(n).map(\.name).joined(separator: "-")
            var doc = RouteDoc("GET", path, id: "sdmx\(api == .v1 ? "V1" : "V2")Structure" + (n == 0 ? "" : "-" + names), tag: "sdmx",
                            summary: "SDMX REST \(api.rawValue) structure query" + (n == segs.count ? " for items" : ""),
                            parameters: Array(segs.prefix(n)) + queryParameters(api),
                            responses: [(200, "A structure message", media)] + empty + [
                                (400, "Malformed query", errorTypes),
                                (406, "None of the offered media types is acceptable", [Problem.mediaType]),
                                (501, "A feature this service does not implement", errorTypes),
                            ])
            doc.validatedByHandler = true
            return doc
        }
    }
}
