import RDF
import Store

/// One item of a classification: code, labels, hierarchy, notes and matches.
public struct ClassificationItem: Sendable, Codable {
    /// The code within the classification (last path segment(s) after the scheme).
    public var code: String
    public var iri: String
    public var notation: String?
    public var labels: LocalizedText
    public var altLabels: [String: [String]]
    public var depth: Int?
    public var broader: [String]
    public var narrower: [String]
    public var notes: [Note]
    /// `skos:exactMatch`/`closeMatch`… targets (correspondences to other schemes).
    public var matches: [String]
    /// The validity of the item's classification version (items carry no dates of their own).
    public var validity: Validity?
    /// Items of other versions this one replaces (`dct:replaces`) or is replaced by (`dct:isReplacedBy`).
    public var replaces: [String]
    public var replacedBy: [String]

    /// A note with its kind (`coreContent`, `additionalContent`, `exclusion`, `definition`, `scope`, `note`).
    public struct Note: Sendable, Codable, Hashable {
        public var kind: String
        public var text: LocalizedText
    }

    /// The code of the item `iri` in the classification `scheme`: under the scheme's IRI, the path
    /// after it; an office's IRI elsewhere under the base (e.g. `{base}codes/nafr2/groupe/01.1` in
    /// `{base}codes/nafr2/naf`), its last segment; else the IRI.
    static func code(of iri: String, scheme: String, context c: ViewContext) -> String {
        if iri.hasPrefix(scheme + "/") { return String(iri.dropFirst(scheme.count + 1)) }
        if iri.hasPrefix(c.base), !iri.hasPrefix(c.idBase), let last = iri.split(separator: "/").last { return String(last) }
        return iri
    }

    init?(node: TermID, scheme: String, schemeID: String, depth: Int?, validity: Validity? = nil,
          context c: ViewContext) {
        let iri = c.iriString(node)
        guard !iri.isEmpty else { return nil }
        let code: (TermID) -> String = { Self.code(of: c.iriString($0), scheme: scheme, context: c) }
        self.code = code(node)
        self.iri = iri
        notation = c.string(node, .concept, "notation")
        labels = c.text(node, .concept, "labels")
        altLabels = c.texts(node, .concept, "altLabels")
        self.depth = depth
        broader = c.objects(node, .concept, "broader").map(code).sorted()
        narrower = c.objects(node, .concept, "narrower").map(code).sorted()
        var notes: [Note] = []
        let structured = [("coreContent", XKOS.coreContentNote), ("additionalContent", XKOS.additionalContentNote),
                          ("exclusion", XKOS.exclusionNote)]
        for (kind, p) in structured {
            for n in c.objects(node, p) { notes.append(Note(kind: kind, text: c.text(n, XKOS.plainText))) }
        }
        // Definitions and notes as the concept kind's mapping names them (an office's note resources).
        let plain: [(String, LocalizedText)] = [("definition", c.text(node, .concept, "definitions")),
                                                 ("scope", c.text(node, SKOS.scopeNote)), ("note", c.text(node, .concept, "notes"))]
        for (kind, t) in plain where !t.isEmpty { notes.append(Note(kind: kind, text: t)) }
        self.notes = notes
        matches = [SKOS.exactMatch, SKOS.closeMatch, SKOS.broadMatch, SKOS.narrowMatch, SKOS.relatedMatch]
            .flatMap { c.objects(node, $0).map(c.iriString) }.sorted()
        self.validity = validity
        replaces = c.objects(node, DCTERMS.replaces).map(c.iriString).sorted()
        replacedBy = c.objects(node, DCTERMS.isReplacedBy).map(c.iriString).sorted()
    }
}
