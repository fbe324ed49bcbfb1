import Foundation

/// The header of a structure message.
public struct MessageHeader: Hashable, Sendable {
    public var id: String
    public var test: Bool
    /// `xs:dateTime`, e.g. `2026-01-01T00:00:00Z`.
    public var prepared: String
    public var senderID: String

    public init(id: String = "LODESTAT", test: Bool = false, prepared: String? = nil, senderID: String = "LODESTAT") {
        self.id = id
        self.test = test
        self.prepared = prepared ?? MessageHeader.timestamp(Date())
        self.senderID = senderID
    }

    /// An `xs:dateTime` in UTC with second precision.
    public static func timestamp(_ date: Date) -> String {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime]
        f.timeZone = TimeZone(identifier: "UTC")
        return f.string(from: date)
    }
}

/// A structure message: a header and the artefacts it carries, each list sorted by identity.
public struct StructureMessage: Hashable, Sendable {
    public var header: MessageHeader
    public var codelists: [Codelist]
    public var conceptSchemes: [ConceptScheme]
    public var categorySchemes: [CategoryScheme]
    public var categorisations: [Categorisation]
    public var dataStructures: [DataStructure]
    public var dataflows: [Dataflow]
    /// Codelist correspondences: 2.1 structure sets and 3.0 representation maps (the catalog
    /// mapping gives both for each correspondence; a read message has its version's kind).
    public var structureSets: [StructureSet]
    public var representationMaps: [RepresentationMap]

    public init(header: MessageHeader = MessageHeader(), codelists: [Codelist] = [],
                conceptSchemes: [ConceptScheme] = [], categorySchemes: [CategoryScheme] = [],
                categorisations: [Categorisation] = [], dataStructures: [DataStructure] = [],
                dataflows: [Dataflow] = [], structureSets: [StructureSet] = [],
                representationMaps: [RepresentationMap] = []) {
        self.header = header
        self.codelists = codelists.sorted { $0.identity < $1.identity }
        self.conceptSchemes = conceptSchemes.sorted { $0.identity < $1.identity }
        self.categorySchemes = categorySchemes.sorted { $0.identity < $1.identity }
        self.categorisations = categorisations.sorted { $0.identity < $1.identity }
        self.dataStructures = dataStructures.sorted { $0.identity < $1.identity }
        self.dataflows = dataflows.sorted { $0.identity < $1.identity }
        self.structureSets = structureSets.sorted { $0.identity < $1.identity }
        self.representationMaps = representationMaps.sorted { $0.identity < $1.identity }
    }

    /// True when the message carries no artefact.
    public var isEmpty: Bool {
        codelists.isEmpty && conceptSchemes.isEmpty && categorySchemes.isEmpty && categorisations.isEmpty
            && dataStructures.isEmpty && dataflows.isEmpty && structureSets.isEmpty && representationMaps.isEmpty
    }

    /// The references of every artefact in the message.
    public var references: [ArtefactReference] {
        var refs: [ArtefactReference] = codelists.map(\.reference) + conceptSchemes.map(\.reference)
        refs += categorySchemes.map(\.reference) + categorisations.map(\.reference)
        refs += dataStructures.map(\.reference) + dataflows.map(\.reference)
        refs += structureSets.map(\.reference) + representationMaps.map(\.reference)
        return refs
    }
}
