import RDFFormats
import SDMX

/// The OpenAPI description of the SDMX REST routes: every shorter form of the REST 1.5 and
/// REST 2 structure paths is a route of its own.
enum SDMXRouteDocs {
    typealias Parameter = RouteDoc.Parameter

    static func enumSchema(_ values: [String]) -> JSONValue {
        .object(JSONObject([("type", "string"), ("enum", .array(values.map(JSONValue.string)))]))
    }

    static func segments(_ api: SDMXRESTVersion) -> [Parameter] {
        let types = ArtefactType.allCases.map(\.restV1Resource)
        if api == .v1 {
            return [
                Parameter("resource", in: .path, "Structure resource (structure: every type)", schema: enumSchema(types + ["structure"])),
                Parameter("agencyID", in: .path, "Maintenance agency; all, or several joined with +"),
                Parameter("resourceID", in: .path, "Artefact id; all, or several joined with +"),
                Parameter("version", in: .path, "Version; latest, all, or several joined with +"),
                Parameter("itemID", in: .path, "Item (code, concept, category) of an item scheme; all, or several joined with +"),
            ]
        }
        return [
            Parameter("artefactType", in: .path, "Structure type; * for every type, several joined with ,"),
            Parameter("agencyID", in: .path, "Maintenance agency; *, or several joined with ,"),
            Parameter("resourceID", in: .path, "Artefact id; *, or several joined with ,"),
            Parameter("version", in: .path, "Version; ~ latest, + latest stable, * all, or several joined with ,"),
            Parameter("itemID", in: .path, "Item of an item scheme; *, or several joined with ,"),
        ]
    }

    static func queryParameters(_ api: SDMXRESTVersion) -> [Parameter] {
        let refs = ["none", "parents", "parentsandsiblings"] + (api == .v2 ? ["ancestors"] : [])
            + ["children", "descendants", "all"] + ArtefactType.allCases.map(\.restV1Resource)
        return [
            Parameter("detail", in: .query, "Amount of detail: full, allstubs, referencestubs, allcompletestubs, referencecompletestubs, referencepartial (and raw in REST 2, equal to full)",
                      schema: enumSchema(StructureDetail.allCases.map(\.rawValue).filter { api == .v2 || $0 != "raw" })),
            Parameter("references", in: .query, "Related artefacts to return with the matches", schema: enumSchema(refs)),
            Parameter("format", in: .query, "Overrides Accept: structure (SDMX-ML, with formatVersion 2.1 or 3.0.0) or sdmx-json (with formatVersion 1.0.0 or 2.0.0)"),
            Parameter("formatVersion", in: .query, "Version of the format named by format"),
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
            return RouteDoc("GET", path, id: "sdmx\(api == .v1 ? "V1" : "V2")Structure" + (n == 0 ? "" : "-" + names), tag: "sdmx",
                            summary: "SDMX REST \(api.rawValue) structure query" + (n == segs.count ? " for items" : ""),
                            parameters: Array(segs.prefix(n)) + queryParameters(api),
                            responses: [(200, "A structure message", media)] + empty + [
                                (400, "Malformed query", errorTypes),
                                (406, "None of the offered media types is acceptable", [Problem.mediaType]),
                                (501, "A feature this service does not implement", errorTypes),
                            ])
        }
    }
}
