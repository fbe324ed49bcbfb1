import RDF
import RDFFormats

/// Test-manifest vocabulary.
public enum MF {
    public static let ns = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#"
    public static let entries = ns + "entries"
    public static let include = ns + "include"
    public static let name = ns + "name"
    public static let action = ns + "action"
    public static let result = ns + "result"
    public static let rdft = "http://www.w3.org/ns/rdftest#"
    public static let qt = "http://www.w3.org/2001/sw/DataAccess/tests/test-query#"
}

/// A manifest's triples with simple lookups.
public struct ManifestGraph: Sendable {
    private var index: [Term: [String: [Term]]] = [:]

    init(_ triples: [Triple]) {
        for t in triples { if case .iri(let p) = t.predicate { index[t.subject, default: [:]][p, default: []].append(t.object) } }
    }

    public func objects(_ s: Term, _ p: String) -> [Term] { index[s]?[p] ?? [] }
    public func object(_ s: Term, _ p: String) -> Term? { objects(s, p).first }

    /// The members of an RDF collection.
    public func list(_ head: Term) -> [Term] {
        var out: [Term] = [], node = head, guardCount = 0
        while node != .iri(RDFVocabulary.nil), let first = object(node, RDFVocabulary.first), guardCount < 100_000 {
            out.append(first)
            guard let rest = object(node, RDFVocabulary.rest) else { break }
            node = rest
            guardCount += 1
        }
        return out
    }
}

/// One test of a manifest.
public struct ManifestEntry: Sendable, CustomStringConvertible {
    public var id: String
    public var name: String
    public var type: String
    public var action: Term?
    public var result: Term?
    public var node: Term
    public var graph: ManifestGraph

    /// The entry's name, for test output.
    public var description: String { name }

    /// The short type name (after `#`).
    public var typeName: String { String(type.split(separator: "#").last ?? Substring(type)) }

    /// The local path of the action file (when the action is an IRI).
    public var actionPath: String? { (try? action?.iriValue.flatMap { try ConformanceSuite.localPath(for: $0) }) ?? nil }
    public var resultPath: String? { (try? result?.iriValue.flatMap { try ConformanceSuite.localPath(for: $0) }) ?? nil }
}

/// Reads test manifests as data, following `mf:include`.
public enum Manifest {
    /// Loads the entries of the manifest at `w3cRelativePath` (e.g. `rdf/rdf11/rdf-turtle/manifest.ttl`).
    public static func load(w3cRelativePath path: String) throws -> [ManifestEntry] {
        try load(iri: ConformanceSuite.officialIRI(w3cRelativePath: path))
    }

    public static func load(iri: String) throws -> [ManifestEntry] {
        guard let local = try ConformanceSuite.localPath(for: iri) else {
            throw ConformanceSuite.SuiteError.badManifest("\(iri) does not map to a local file")
        }
        var triples: [Triple] = []
        try TurtleParser(base: iri).parse(try ByteSource(path: local)) { triples.append($0.triple) }
        let graph = ManifestGraph(triples)
        let me = Term.iri(iri)
        var entries: [ManifestEntry] = []
        for inc in graph.objects(me, MF.include).flatMap({ graph.list($0) }) {
            if case .iri(let sub) = inc { entries += try load(iri: sub) }
        }
        for list in graph.objects(me, MF.entries) {
            for e in graph.list(list) {
                let type = graph.object(e, RDFVocabulary.type)?.iriValue ?? ""
                let name: String
                if case .literal(let l)? = graph.object(e, MF.name) { name = l.lexicalForm } else { name = "\(e)" }
                let id = e.iriValue ?? name
                entries.append(ManifestEntry(id: id, name: name, type: type, action: graph.object(e, MF.action),
                                             result: graph.object(e, MF.result), node: e, graph: graph))
            }
        }
        return entries
    }
}
