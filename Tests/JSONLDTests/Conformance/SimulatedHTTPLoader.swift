import RDF
import RDFFormats

/// Plays the HTTP server of the remote-doc tests: serves the suite's files with the content type,
/// Link headers and redirects a test entry asks for, without any network.
struct SimulatedHTTPLoader: JSONLDDocumentLoading {
    let files: JSONLDDocumentLoader
    let requestedURL: String
    let contentType: String?
    let links: [String]
    let redirectTo: String?

    static let contextRel = "http://www.w3.org/ns/json-ld#context"

    init(files: JSONLDDocumentLoader, entry: JSONLDTestEntry) {
        self.files = files
        requestedURL = JSONLDManifest.base + entry.input
        contentType = entry.optionString("contentType")
        links = (entry.option["httpLink"] ?? .null).asArray.compactMap(\.stringValue)
        redirectTo = entry.optionString("redirectTo").map { IRI.resolve($0, against: JSONLDManifest.base) }
    }

    static func typeByExtension(_ url: String) -> String {
        if url.hasSuffix(".jsonld") { return "application/ld+json" }
        if url.hasSuffix(".json") { return "application/json" }
        if url.hasSuffix(".html") { return "text/html" }
        return "application/octet-stream"
    }

    /// (target, rel, type) of each Link header value.
    func parsedLinks(relativeTo url: String) -> [(target: String, rel: String, type: String?)] {
        links.compactMap { link in
            guard let open = link.firstIndex(of: "<"), let close = link.firstIndex(of: ">") , open < close else { return nil }
            let target = IRI.resolve(String(link[link.index(after: open)..<close]), against: url)
            var rel = "", type: String?
            for param in link[link.index(after: close)...].split(separator: ";") {
                let kv = param.split(separator: "=", maxSplits: 1).map { Self.trim($0, " ") }
                guard kv.count == 2 else { continue }
                let value = Self.trim(Substring(kv[1]), "\"")
                if kv[0] == "rel" { rel = value } else if kv[0] == "type" { type = value }
            }
            return (target, rel, type)
        }
    }

    func load(_ url: String) throws -> JSONLDRemoteDocument {
        guard url == requestedURL else {
            var doc = try files.load(url)
            doc.contentType = Self.typeByExtension(url)
            return doc
        }
        if let redirectTo {
            var doc = try files.load(redirectTo)
            doc.documentURL = redirectTo
            doc.contentType = Self.typeByExtension(redirectTo)
            return doc
        }
        let type = contentType ?? Self.typeByExtension(url)
        let parsed = parsedLinks(relativeTo: url)
        if !JSONLDProcessor.isJSONMediaType(type),
           let alternate = parsed.first(where: { $0.rel == "alternate" && $0.type == "application/ld+json" }) {
            var doc = try files.load(alternate.target)
            doc.contentType = "application/ld+json"
            return doc
        }
        var doc = try files.load(url)
        doc.contentType = type
        if type != "application/ld+json" {
            let contexts = parsed.filter { $0.rel == Self.contextRel }
            if contexts.count > 1 { throw JSONLDError(.multipleContextLinkHeaders, "\(contexts.count) context links") }
            doc.contextURL = contexts.first?.target
        }
        return doc
    }
}

extension SimulatedHTTPLoader {
    static func trim(_ s: Substring, _ c: Character) -> String {
        var t = s
        while t.first == c { t.removeFirst() }
        while t.last == c { t.removeLast() }
        return String(t)
    }
}
