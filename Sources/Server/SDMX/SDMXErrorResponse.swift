import Hummingbird
import SDMX

/// Error answers of the SDMX routes. On a REST 1.5 path whose negotiated representation is
/// SDMX-ML, the body is an SDMX-ML error message with the guidelines' code (100 no results, 140
/// syntax error, 501 not implemented…) and the same HTTP status; everywhere else it is the
/// `application/problem+json` document every Lodestat route answers with.
enum SDMXErrorResponse {
    static func response(_ error: ServerError, format: SDMXOutputFormat, api: SDMXRESTVersion,
                         request: Request) throws -> Response {
        guard api == .v1, case .xml(let version) = format else { throw error }
        let problem = error.problem
        let bytes = try SDMXMLErrorWriter(version: version)
            .bytes(code: SDMXErrorCode(httpStatus: problem.status), text: problem.detail)
        let headers: HTTPFields = [
            .contentType: "application/xml; charset=utf-8", .vary: "Accept", .cacheControl: "no-store",
            .contentLength: String(bytes.count),
        ]
        return Response(status: HTTPResponse.Status(code: problem.status), headers: headers,
                        body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}
