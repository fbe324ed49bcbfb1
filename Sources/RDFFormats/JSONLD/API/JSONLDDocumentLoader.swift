#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A document retrieved by a document loader (`RemoteDocument`).
public struct JSONLDRemoteDocument: Sendable {
    /// The final IRI of the document (after redirects).
    public var documentURL: String
    public var document: JSONValue
    /// A context IRI from an HTTP Link header, when the loader knows one.
    public var contextURL: String?
    public var contentType: String?

    public init(documentURL: String, document: JSONValue, contextURL: String? = nil, contentType: String? = nil) {
        self.documentURL = documentURL
        self.document = document
        self.contextURL = contextURL
        self.contentType = contentType
    }
}

/// Retrieves JSON-LD documents and contexts by IRI. Implementations must not reach the network
/// unless that is what their owner asked for.
public protocol JSONLDDocumentLoading: Sendable {
    func load(_ url: String) throws -> JSONLDRemoteDocument
}

/// A loader that never touches the network: it maps known IRIs (or IRI prefixes) onto local
/// files, and reads local files given by path only when they are on its allow-list. Anything
/// else fails with `loading document failed` (the context processor reports it as
/// `loading remote context failed`).
public struct JSONLDDocumentLoader: JSONLDDocumentLoading {
    /// Exact IRI → local file path.
    public var files: [String: String]
    /// IRI prefix → local directory (with or without a trailing slash).
    public var prefixes: [String: String]
    /// Local files that may be loaded by path or `file:` IRI.
    public var allowedFiles: Set<String>
    public var maxBytes: Int

    public init(files: [String: String] = [:], prefixes: [String: String] = [:],
                allowedFiles: Set<String> = [], maxBytes: Int = 64 << 20) {
        self.files = files
        self.prefixes = prefixes
        self.allowedFiles = allowedFiles
        self.maxBytes = maxBytes
    }

    /// The local path an IRI maps onto, if any.
    public func localPath(for url: String) -> String? {
        var iri = url
        if let hash = iri.firstIndex(of: "#") { iri = String(iri[..<hash]) }
        if let path = files[iri] { return path }
        for (prefix, dir) in prefixes.sorted(by: { $0.key.count > $1.key.count }) where iri.hasPrefix(prefix) {
            let rest = iri.dropFirst(prefix.count)
            return dir.hasSuffix("/") ? dir + rest : dir + "/" + rest
        }
        let path = iri.hasPrefix("file://") ? String(iri.dropFirst(7)) : iri
        if allowedFiles.contains(path) { return path }
        return nil
    }

    public func load(_ url: String) throws -> JSONLDRemoteDocument {
        guard let path = localPath(for: url) else {
            throw JSONLDError(.loadingDocumentFailed, "no local mapping for <\(url)> and remote loading is disabled")
        }
        let bytes: [UInt8]
        do { bytes = try ByteSource(path: path).readAll() } catch {
            throw JSONLDError(.loadingDocumentFailed, "<\(url)>: \(error)")
        }
        if bytes.count > maxBytes { throw JSONLDError(.loadingDocumentFailed, "<\(url)> is larger than \(maxBytes) bytes") }
        let document: JSONValue
        do { document = try JSONParser(file: path).parse(bytes) } catch {
            throw JSONLDError(.loadingDocumentFailed, "<\(url)>: \(error)")
        }
        return JSONLDRemoteDocument(documentURL: url, document: document, contentType: "application/ld+json")
    }
}
