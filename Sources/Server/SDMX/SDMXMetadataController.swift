import Foundation
import Hummingbird
import SDMX

/// SDMX REST 2 reference-metadata queries: the catalog's quality reports as metadata sets, in
/// SDMX-ML 3.0 (`application/vnd.sdmx.metadata+xml;version=3.0.0`, the default) or SDMX-ML 2.1
/// generic metadata (`application/vnd.sdmx.genericmetadata+xml;version=2.1`):
///
/// - `/sdmx/v2/metadata/metadataset/{providerID}/{metadatasetID}/{version}`
/// - `/sdmx/v2/metadata/metadataflow/{agencyID}/{resourceID}/{version}/{providerID}`
/// - `/sdmx/v2/metadata/structure/dataflow/{agencyID}/{resourceID}/{version}` (sets that target a dataflow)
///
/// Shorter paths mean `*` for the missing segments (`~` for versions). 200 with the sets, 404 when
/// none matches, 400 for a malformed path, 406 when neither format is acceptable.
struct SDMXMetadataController<Repository: SDMXRepository> {
    let repository: Repository
    let cacheControl: String

    typealias Parameter = RouteDoc.Parameter

    static var offers: [ContentNegotiation.Offer] {
        [ContentNegotiation.Offer("application/vnd.sdmx.metadata+xml;version=3.0.0", aliases: ["application/xml", "text/xml"],
                                  formatNames: ["metadata-3.0", "sdmx-ml-3.0"]),
         ContentNegotiation.Offer("application/vnd.sdmx.genericmetadata+xml;version=2.1", formatNames: ["genericmetadata-2.1", "sdmx-ml-2.1"])]
    }

    static func selector(_ name: String, _ what: String, _ value: String, any: [String], example: String) -> Parameter {
        Parameter(name, in: .path, what + "; " + any.joined(separator: " or ") + " for any, several joined with ,",
                  SDMXRouteDocs.list(value, separator: ",", any: any, example: example))
    }

    static var provider: Parameter { selector("providerID", "Metadata provider (the structure's agency)", SDMXRouteDocs.agency, any: ["*"], example: "INSEE") }
    static var agency: Parameter { selector("agencyID", "Maintenance agency", SDMXRouteDocs.agency, any: ["*"], example: "INSEE") }
    static func id(_ name: String, example: String) -> Parameter {
        selector(name, "Identifier", SDMXRouteDocs.identifier, any: ["*"], example: example)
    }
    static var version: Parameter { selector("version", "Version", SDMXRouteDocs.version, any: ["*", "~", "+"], example: "~") }

    /// (path prefix, the path parameters in order) of each family of routes.
    static var families: [(prefix: String, name: String, segments: [Parameter])] {
        [("/sdmx/v2/metadata/metadataset", "Metadataset", [provider, id("metadatasetID", example: "cpi"), version]),
         ("/sdmx/v2/metadata/metadataflow", "Metadataflow", [agency, id("resourceID", example: "MDF_MSD_SIMS"), version, provider]),
         ("/sdmx/v2/metadata/structure/dataflow", "Dataflow", [agency, id("resourceID", example: "DF_CPI"), version])]
    }

    func addRoutes(to table: RouteTable<some RequestContext>) {
        let format = Parameter.choice("format", "Overrides Accept", Self.offers.flatMap(\.formatNames))
        for family in Self.families {
            for n in 0...family.segments.count {
                let path = family.prefix + family.segments.prefix(n).map { "/{\($0.name)}" }.joined()
                var doc = RouteDoc("GET", path, id: "sdmxV2Metadata\(family.name)\(n)", tag: "sdmx",
                                   summary: "SDMX REST 2 metadata query: quality reports as metadata sets",
                                   parameters: Array(family.segments.prefix(n)) + [format],
                                   responses: [(200, "A metadata message", Self.offers.map(\.mediaType)),
                                               (400, "Malformed query", [Problem.mediaType]),
                                               (404, "No metadata set matches the query", [Problem.mediaType]),
                                               (406, "None of the offered media types is acceptable", [Problem.mediaType])])
                doc.validatedByHandler = true  // a malformed SDMX path is a 400 (syntax error), not a 404
                let documented = doc
                table.add(doc) { request, context in
                    try RequestValidation.validate(request, pathParameters: { context.parameters.get($0) }, against: documented,
                                                   pathViolationIsBadRequest: true)
                    return try respond(request, family: family.name, count: n) { context.parameters.get($0) }
                }
            }
        }
    }

    func respond(_ request: Request, family: String, count: Int, parameter: (String) -> String?) throws -> Response {
        let formatName = request.uri.queryParameters.get("format")
        let chosen: Int
        switch ContentNegotiation.negotiate(accept: request.headers[.accept], format: formatName, offers: Self.offers) {
        case .chosen(let i): chosen = i
        case .notAcceptable: throw ServerError.notAcceptable(offered: Self.offers.map(\.mediaType))
        case .unknownFormat(let name): throw ServerError.unknownFormat(name: name, offered: Self.offers.flatMap(\.formatNames))
        }
        let metadata = repository.referenceMetadata()
        let sets: [MetadataSetArtefact]
        switch family {
        case "Metadataset":
            sets = metadata.sets(provider: parameter("providerID"), id: parameter("metadatasetID"), version: parameter("version"))
        case "Metadataflow":
            let flows = metadata.structures.filter {
                ReferenceMetadata.matches(parameter("agencyID"), $0.identity.agencyID)
                    && ReferenceMetadata.matches(parameter("resourceID"), $0.metadataflowID)
                    && (ReferenceMetadata.isLatest(parameter("version")) || ReferenceMetadata.matches(parameter("version"), $0.identity.version))
            }.map(\.identity)
            sets = metadata.sets(provider: parameter("providerID"), id: nil, version: nil).filter { flows.contains($0.structure.identity) }
        default:
            sets = metadata.sets.filter { set in
                set.targets.contains { urn in
                    guard let parsed = SDMXURN(urn) else { return false }
                    return ReferenceMetadata.matches(parameter("agencyID"), parsed.agencyID)
                        && ReferenceMetadata.matches(parameter("resourceID"), parsed.id)
                        && (ReferenceMetadata.isLatest(parameter("version")) || ReferenceMetadata.matches(parameter("version"), parsed.version))
                }
            }
        }
        guard !sets.isEmpty else { throw ServerError.noResults("no metadata set matches the query") }
        let writer = ReferenceMetadataWriter(version: chosen == 0 ? .v3_0 : .v2_1)
        let bytes = try writer.metadataBytes(sets, header: try repository.sdmxResolver().catalog.header)
        return Representation(bytes: bytes, mediaType: Self.offers[chosen].mediaType, headers: [.vary: "Accept"])
            .response(to: request, cacheControl: cacheControl)
    }
}
