import Foundation
import Hummingbird
import SDMX

/// `metadatastructure` structure queries (REST 1.5 `/sdmx/v1/metadatastructure/…`, REST 2
/// `/sdmx/v2/structure/metadatastructure/…`): the catalog's metadata structure definitions (SIMS)
/// with their metadataflows, in SDMX-ML 2.1 or 3.0 (SDMX-JSON is not offered: 406). Same statuses as
/// the other structure queries: 404 (REST 1.5) or 204 (REST 2) when nothing matches.
struct SDMXMetadataStructureResponder<Repository: SDMXRepository> {
    let repository: Repository
    let cacheControl: String

    static func offers(_ api: SDMXRESTVersion) -> [ContentNegotiation.Offer] {
        let v21 = SDMXOffers.offer(.xml(.v2_1), aliases: api == .v1 ? ["application/xml", "text/xml"] : [])
        let v30 = SDMXOffers.offer(.xml(.v3_0), aliases: api == .v2 ? ["application/xml", "text/xml"] : [])
        return api == .v1 ? [v21, v30] : [v30, v21]
    }

    func respond(to request: Request, api: SDMXRESTVersion, validate: () throws -> Void) throws -> Response {
        let offers = Self.offers(api)
        let xmlFormats: [SDMXOutputFormat] = api == .v1 ? [.xml(.v2_1), .xml(.v3_0)] : [.xml(.v3_0), .xml(.v2_1)]
        do { try validate() } catch let error as ServerError {
            return try SDMXErrorResponse.response(error, format: xmlFormats[0], api: api, request: request)
        }
        let query = request.uri.queryParameters
        let format = SDMXOffers.formatName(format: query.get("format"), formatVersion: query.get("formatVersion"), api: api)
        let chosen: Int
        switch ContentNegotiation.negotiate(accept: request.headers[.accept], format: format, offers: offers) {
        case .chosen(let i): chosen = i
        case .notAcceptable: throw ServerError.notAcceptable(offered: offers.map(\.mediaType))
        case .unknownFormat(let name): throw ServerError.unknownFormat(name: name, offered: offers.flatMap(\.formatNames))
        }
        let segments = SDMXMetadataStructurePath.segments(request.uri.path, api: api)
        func at(_ i: Int) -> String? { i < segments.count ? segments[i] : nil }
        if let item = at(4), item != "*", item != "all" {
            return try SDMXErrorResponse.response(.badRequest("a metadata structure has no items (\(item))"),
                                                  format: xmlFormats[chosen], api: api, request: request)
        }
        let found = repository.referenceMetadata().structures(agency: at(1), id: at(2), version: at(3))
        guard !found.isEmpty else {
            if api == .v2 { return Response(status: .noContent, headers: [.vary: "Accept", .cacheControl: cacheControl]) }
            return try SDMXErrorResponse.response(.noResults("no metadata structure matches the query"),
                                                  format: xmlFormats[chosen], api: api, request: request)
        }
        guard case .xml(let version) = xmlFormats[chosen] else { throw ServerError.internalError("not an XML format") }
        let header = try repository.sdmxResolver().catalog.header  // the load time: stable answers and ETags
        let bytes = try ReferenceMetadataWriter(version: version).structureBytes(found, header: header)
        return Representation(bytes: bytes, mediaType: version.mediaType, headers: [.vary: "Accept"])
            .response(to: request, cacheControl: cacheControl)
    }
}

/// The REST paths of metadata structure queries.
enum SDMXMetadataStructurePath {
    static let resource = "metadatastructure"

    /// True when the path queries metadata structures alone.
    static func matches(_ path: String, api: SDMXRESTVersion) -> Bool {
        segments(path, api: api).first == resource
    }

    /// The segments after `/sdmx/v1` or `/sdmx/v2/structure`, percent-decoded.
    static func segments(_ path: String, api: SDMXRESTVersion) -> [String] {
        let prefix = api == .v1 ? "/sdmx/v1/" : "/sdmx/v2/structure/"
        guard path.hasPrefix(prefix) else { return [] }
        return path.dropFirst(prefix.count).split(separator: "/").map { String($0).removingPercentEncoding ?? String($0) }
    }
}
