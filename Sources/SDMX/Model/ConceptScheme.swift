/// How a concept or component is represented: by a codelist, or by a text format.
public enum Representation: Hashable, Sendable {
    /// Coded: values come from this codelist.
    case enumeration(ArtefactReference)
    /// Uncoded: an SDMX text type such as `String`, `Decimal`, `ObservationalTimePeriod`.
    case textFormat(textType: String)
}

/// A concept of a concept scheme.
public struct Concept: Hashable, Sendable {
    public var id: String
    public var names: InternationalString
    public var descriptions: InternationalString
    public var parentID: String?
    public var coreRepresentation: Representation?

    public init(id: String, names: InternationalString, descriptions: InternationalString = .init(),
                parentID: String? = nil, coreRepresentation: Representation? = nil) {
        self.id = id
        self.names = names
        self.descriptions = descriptions
        self.parentID = parentID
        self.coreRepresentation = coreRepresentation
    }
}

/// An SDMX concept scheme.
public struct ConceptScheme: Hashable, Sendable {
    public var identity: MaintainableIdentity
    public var names: InternationalString
    public var descriptions: InternationalString
    public var concepts: [Concept]

    public init(identity: MaintainableIdentity, names: InternationalString,
                descriptions: InternationalString = .init(), concepts: [Concept] = []) {
        self.identity = identity
        self.names = names
        self.descriptions = descriptions
        self.concepts = concepts
    }

    public var reference: ArtefactReference { ArtefactReference(.conceptScheme, identity) }
}
