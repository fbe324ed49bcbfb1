import RDFFormats
import SDMX

/// Every representation the server gives of a dataset, one `dcat:Distribution` each.
public enum DistributionFormat: String, CaseIterable, Sendable {
    /// Plain JSON from the REST API (`/api/{kind}/{id}`).
    case json
    /// The linked-data representations (`/id/…?format=…`).
    case jsonld, turtle, ntriples, rdfxml
    /// SDMX structure messages from the SDMX REST API.
    case sdmxML21, sdmxML30, sdmxJSON

    /// The RDF format of a linked-data representation.
    public var rdfFormat: RDFFormat? {
        switch self {
        case .jsonld: .jsonld
        case .turtle: .turtle
        case .ntriples: .ntriples
        case .rdfxml: .rdfxml
        default: nil
        }
    }

    /// The SDMX message format (SDMX-JSON 2.0.0, the one that goes with SDMX 3.0).
    public var sdmxFormat: SDMXOutputFormat? {
        switch self {
        case .sdmxML21: .xml(.v2_1)
        case .sdmxML30: .xml(.v3_0)
        case .sdmxJSON: .json(.v2_0)
        default: nil
        }
    }

    /// The SDMX REST API version whose paths serve this format.
    var sdmxAPI: SDMXRESTVersion { self == .sdmxML21 ? .v1 : .v2 }

    /// The media type the server answers with (`Content-Type`).
    public var mediaType: String {
        if let rdf = rdfFormat { return rdf.mediaType }
        if let sdmx = sdmxFormat { return sdmx.mediaType }
        return "application/json"
    }

    /// `dcat:mediaType`: the IANA register entry (SDMX parameters such as `version=` dropped).
    public var mediaTypeIRI: String { IANAMediaType.iri(mediaType) }

    /// `dct:format`: the EU file-type authority code.
    public var fileTypeIRI: String {
        switch self {
        case .json: EUAuthority.fileType("JSON")
        case .jsonld: EUAuthority.fileType("JSON_LD")
        case .turtle: EUAuthority.fileType("RDF_TURTLE")
        case .ntriples: EUAuthority.fileType("RDF_N_TRIPLES")
        case .rdfxml: EUAuthority.fileType("RDF_XML")
        case .sdmxML21, .sdmxML30, .sdmxJSON: EUAuthority.fileType("SDMX")
        }
    }

    /// A readable name, used in titles and distribution IRIs.
    public var displayName: String {
        switch self {
        case .json: "JSON"
        case .sdmxML21: "SDMX-ML 2.1"
        case .sdmxML30: "SDMX-ML 3.0"
        case .sdmxJSON: "SDMX-JSON 2.0"
        default: rdfFormat?.displayName ?? rawValue
        }
    }

    /// The specification the representation follows (`dct:conformsTo`), when one applies.
    public var standard: Standard? {
        switch self {
        case .sdmxML21: .sdmxML21
        case .sdmxML30: .sdmxML30
        case .sdmxJSON: .sdmxJSON
        case .jsonld: .jsonld
        default: nil
        }
    }

    public static let linkedData: [DistributionFormat] = [.turtle, .jsonld, .ntriples, .rdfxml]
    public static let sdmx: [DistributionFormat] = [.sdmxML21, .sdmxML30, .sdmxJSON]
}
