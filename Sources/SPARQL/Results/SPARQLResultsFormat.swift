/// The SPARQL query-results formats: names, media types, file extensions, and their writers.
public enum SPARQLResultsFormat: String, CaseIterable, Sendable {
    case json, xml, csv, tsv, table

    /// The preferred media type.
    public var mediaType: String {
        switch self {
        case .json: return "application/sparql-results+json"
        case .xml: return "application/sparql-results+xml"
        case .csv: return "text/csv"
        case .tsv: return "text/tab-separated-values"
        case .table: return "text/plain"
        }
    }

    /// Other media types accepted for the same format.
    public var alternateMediaTypes: [String] {
        switch self {
        case .json: return ["application/json"]
        case .xml: return ["application/xml", "text/xml"]
        default: return []
        }
    }

    /// File extensions, the preferred one first (without the dot).
    public var fileExtensions: [String] {
        switch self {
        case .json: return ["srj", "json"]
        case .xml: return ["srx", "xml"]
        case .csv: return ["csv"]
        case .tsv: return ["tsv"]
        case .table: return ["txt"]
        }
    }

    /// The format whose media type (parameters such as `; charset=utf-8` ignored) is `mediaType`.
    public init?(mediaType: String) {
        let bare = mediaType.split(separator: ";").first.map { $0.trimmingCharacters(in: [" ", "\t"]) }?.lowercased() ?? ""
        guard let f = Self.allCases.first(where: { $0.mediaType == bare || $0.alternateMediaTypes.contains(bare) })
        else { return nil }
        self = f
    }

    /// The format a file extension (with or without the dot) names.
    public init?(fileExtension: String) {
        let ext = (fileExtension.hasPrefix(".") ? String(fileExtension.dropFirst()) : fileExtension).lowercased()
        guard let f = Self.allCases.first(where: { $0.fileExtensions.contains(ext) }) else { return nil }
        self = f
    }

    /// The writer for this format.
    public var writer: any SPARQLResultsWriter {
        switch self {
        case .json: return SPARQLResultsJSONWriter()
        case .xml: return SPARQLResultsXMLWriter()
        case .csv: return SPARQLResultsCSVWriter()
        case .tsv: return SPARQLResultsTSVWriter()
        case .table: return SPARQLResultsTableWriter()
        }
    }

    /// The reader for this format (nil for the terminal table).
    public var reader: (any SPARQLResultsReader)? {
        switch self {
        case .json: return SPARQLResultsJSONReader()
        case .xml: return SPARQLResultsXMLReader()
        case .csv: return SPARQLResultsCSVReader()
        case .tsv: return SPARQLResultsTSVReader()
        case .table: return nil
        }
    }
}

/// Writes a query result in one results format.
public protocol SPARQLResultsWriter: Sendable {
    func write(_ result: QueryResult, to out: inout some TextOutputStream) throws
}

extension SPARQLResultsWriter {
    /// The whole output as a string.
    public func string(_ result: QueryResult) throws -> String {
        var s = ""
        try write(result, to: &s)
        return s
    }
}

/// Reads a query result in one results format.
public protocol SPARQLResultsReader: Sendable {
    func read(_ bytes: [UInt8]) throws -> QueryResult
}

extension SPARQLResultsReader {
    public func read(_ text: String) throws -> QueryResult { try read(Array(text.utf8)) }
}
