import Catalog
import RDF

/// One quality report as an SDMX metadata set: its reported attributes nested as in the structure.
public struct MetadataSetArtefact: Sendable, Hashable {
    public var id: String
    /// The provider: the structure's agency.
    public var agencyID: String
    public var version: String
    public var names: InternationalString
    public var structure: MetadataStructureArtefact
    /// URNs of the dataflows the report is about.
    public var targets: [String]
    public var attributes: [Value]

    /// A reported attribute: a plain value, texts per language, XHTML fragments per language, or
    /// only sub-attributes (a heading).
    public struct Value: Sendable, Hashable {
        public var id: String
        public var value: String?
        public var texts: [LocalisedString] = []
        public var xhtml: [LocalisedString] = []
        public var children: [Value] = []

        public init(id: String, value: String? = nil, texts: [LocalisedString] = [], xhtml: [LocalisedString] = [],
                    children: [Value] = []) {
            self.id = id
            self.value = value
            self.texts = texts
            self.xhtml = xhtml
            self.children = children
        }
    }

    init(_ report: QualityReportView, structure: MetadataStructureArtefact, targets: [String]) {
        id = SDMXID.sanitize(report.id)
        agencyID = structure.identity.agencyID
        version = "1.0"
        names = InternationalString(report.labels.languages.compactMap { l in
            report.labels[l].map { LocalisedString($0, language: l.isEmpty ? "en" : l) }
        })
        if names.isEmpty { names = InternationalString([LocalisedString(report.id, language: "en")]) }
        self.structure = structure
        self.targets = targets
        var reported: [String: Value] = [:]
        for a in report.attributes {
            var v = Value(id: SDMXID.sanitize(a.id))
            switch a.representation {
            case .date: v.value = a.date
            case .organisation, .code: v.value = a.link.map { $0.notation ?? $0.id ?? $0.iri }
            case .text, .heading:
                v.texts = (a.texts?.languages ?? []).compactMap { l in a.texts?[l].map { LocalisedString($0, language: l.isEmpty ? "en" : l) } }
            case .richText:
                for l in a.texts?.languages ?? [] {
                    guard let t = a.texts?[l] else { continue }
                    let text = LocalisedString(t, language: l.isEmpty ? "en" : l)
                    // Checked at load time; a fragment that fails the check (remote data) goes as plain text.
                    if XHTMLFragment.problem(t) == nil { v.xhtml.append(text) } else { v.texts.append(text) }
                }
            }
            if !v.xhtml.isEmpty, !v.texts.isEmpty { v.xhtml += v.texts.map { LocalisedString(MarkupEscaping.escape($0.text, .xmlText), language: $0.language) }; v.texts = [] }
            reported[v.id] = v
        }
        // Nest as the structure does; keep an attribute only when it or a sub-attribute has a value.
        func build(_ a: MetadataStructureArtefact.Attribute) -> Value? {
            var v = reported[a.id] ?? Value(id: a.id)
            v.children = a.children.compactMap(build)
            return v.value != nil || !v.texts.isEmpty || !v.xhtml.isEmpty || !v.children.isEmpty ? v : nil
        }
        attributes = structure.attributes.compactMap(build)
    }

    public var urn: String {
        "urn:sdmx:org.sdmx.infomodel.metadatastructure.MetadataSet=\(agencyID):\(id)(\(version))"
    }
}
