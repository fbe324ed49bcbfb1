import RDF

/// The state of one run of the JSON-LD algorithms: options, the document loader, a cache of
/// dereferenced contexts and the blank node identifier generator.
final class Processor {
    let options: JSONLDOptions
    var contextCache: [String: JSONLDRemoteDocument] = [:]
    var blankNodes = BlankNodeIssuer(prefix: "_:b")
    /// Results of context processing, by input (see `processContext`).
    var processedContexts: [ContextCacheKey: ActiveContext] = [:]
    var nextContextID = 0
    /// Limit on nested remote context loads.
    let maxRemoteContexts = 64

    init(options: JSONLDOptions) { self.options = options }

    var processingMode: String { options.processingMode }

    func initialContext(base: String?) -> ActiveContext {
        var context = ActiveContext(base: base, processingMode: options.processingMode)
        context.uid = freshContextID()
        return context
    }

    /// Loads a remote context document, caching it for the rest of the run.
    func loadContextDocument(_ url: String) throws -> JSONLDRemoteDocument {
        if let cached = contextCache[url] { return cached }
        let doc: JSONLDRemoteDocument
        do { doc = try options.documentLoader.load(url) } catch let e as JSONLDError {
            throw JSONLDError(.loadingRemoteContextFailed, e.message)
        } catch {
            throw JSONLDError(.loadingRemoteContextFailed, "<\(url)>: \(error)")
        }
        contextCache[url] = doc
        return doc
    }
}

/// The inputs of one Context Processing call; the active context is named by its unique id.
struct ContextCacheKey: Hashable {
    var active: Int
    var local: JSONValue
    var baseURL: String?
    var remoteContexts: [String]
    var overrideProtected: Bool
    var propagate: Bool
    var validateScopedContext: Bool
}

/// Issues fresh blank node identifiers, remembering the ones given to existing identifiers.
struct BlankNodeIssuer {
    let prefix: String
    var counter = 0
    var issued: [String: String] = [:]

    init(prefix: String) { self.prefix = prefix }

    mutating func issue(_ existing: String? = nil) -> String {
        if let existing, let id = issued[existing] { return id }
        let id = prefix + String(counter)
        counter += 1
        if let existing { issued[existing] = id }
        return id
    }
}
