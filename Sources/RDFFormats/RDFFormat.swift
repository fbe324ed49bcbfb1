/// The RDF formats Lodestat reads and writes; the one place that knows their names,
/// media types and file extensions.
public enum RDFFormat: String, CaseIterable, Sendable {
    case ntriples, nquads, turtle, trig, rdfxml, jsonld

    /// The preferred media type.
    public var mediaType: String {
        switch self {
        case .ntriples: return "application/n-triples"
        case .nquads: return "application/n-quads"
        case .turtle: return "text/turtle"
        case .trig: return "application/trig"
        case .rdfxml: return "application/rdf+xml"
        case .jsonld: return "application/ld+json"
        }
    }

    /// Other media types that name the same format.
    public var alternateMediaTypes: [String] {
        switch self {
        case .ntriples: return ["text/plain"]
        case .nquads: return ["text/x-nquads"]
        case .turtle: return ["application/x-turtle"]
        case .trig: return ["application/x-trig"]
        case .rdfxml: return ["application/xml", "text/xml"]
        case .jsonld: return []
        }
    }

    /// File extensions, the preferred one first (without the dot).
    public var fileExtensions: [String] {
        switch self {
        case .ntriples: return ["nt"]
        case .nquads: return ["nq"]
        case .turtle: return ["ttl"]
        case .trig: return ["trig"]
        case .rdfxml: return ["rdf", "owl", "xml"]
        case .jsonld: return ["jsonld"]
        }
    }

    /// The W3C format IRI (`http://www.w3.org/ns/formats/…`).
    public var formatIRI: String {
        let names: [RDFFormat: String] = [.ntriples: "N-Triples", .nquads: "N-Quads", .turtle: "Turtle",
                                          .trig: "TriG", .rdfxml: "RDF_XML", .jsonld: "JSON-LD"]
        return "http://www.w3.org/ns/formats/" + names[self]!
    }

    /// A human-readable name.
    public var displayName: String {
        switch self {
        case .ntriples: return "N-Triples"
        case .nquads: return "N-Quads"
        case .turtle: return "Turtle"
        case .trig: return "TriG"
        case .rdfxml: return "RDF/XML"
        case .jsonld: return "JSON-LD"
        }
    }

    /// True when the format carries named graphs.
    public var supportsDatasets: Bool { self == .nquads || self == .trig || self == .jsonld }

    /// The format a file name's extension names, if any.
    public init?(fileName: String) {
        guard let dot = fileName.lastIndex(of: ".") else { return nil }
        let ext = fileName[fileName.index(after: dot)...].lowercased()
        guard let f = RDFFormat.allCases.first(where: { $0.fileExtensions.contains(ext) }) else { return nil }
        self = f
    }

    /// The format a media type names (parameters ignored), if any.
    public init?(mediaType: String) {
        let base = mediaType.split(separator: ";").first.map {
            $0.trimmingCharacters(in: " \t").lowercased() } ?? ""
        guard let f = RDFFormat.allCases.first(where: { $0.mediaType == base || $0.alternateMediaTypes.contains(base) })
        else { return nil }
        self = f
    }
}

extension StringProtocol {
    func trimmingCharacters(in set: String) -> String {
        var s = Substring(self)
        while let c = s.first, set.contains(c) { s.removeFirst() }
        while let c = s.last, set.contains(c) { s.removeLast() }
        return String(s)
    }
}
