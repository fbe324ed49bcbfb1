/// An SDMX data structure definition (DSD).
public struct DataStructure: Hashable, Sendable {
    public var identity: MaintainableIdentity
    public var names: InternationalString
    public var descriptions: InternationalString
    /// Dimensions in position order.
    public var dimensions: [Dimension]
    public var timeDimension: TimeDimension?
    public var groups: [DimensionGroup]
    public var attributes: [DataAttribute]
    public var measure: PrimaryMeasure?

    public init(identity: MaintainableIdentity, names: InternationalString,
                descriptions: InternationalString = .init(), dimensions: [Dimension] = [],
                timeDimension: TimeDimension? = nil, groups: [DimensionGroup] = [],
                attributes: [DataAttribute] = [], measure: PrimaryMeasure? = nil) {
        self.identity = identity
        self.names = names
        self.descriptions = descriptions
        self.dimensions = dimensions
        self.timeDimension = timeDimension
        self.groups = groups
        self.attributes = attributes
        self.measure = measure
    }

    public var reference: ArtefactReference { ArtefactReference(.dataStructure, identity) }

    /// False for a stub, which carries no component at all.
    public var hasComponents: Bool {
        !dimensions.isEmpty || timeDimension != nil || !groups.isEmpty || !attributes.isEmpty || measure != nil
    }

    /// Codelists used by components (local representations), de-duplicated, sorted.
    public var codelistReferences: [ArtefactReference] {
        var out = Set<ArtefactReference>()
        for d in dimensions { if case .enumeration(let r)? = d.representation { out.insert(r) } }
        for a in attributes { if case .enumeration(let r)? = a.representation { out.insert(r) } }
        if case .enumeration(let r)? = measure?.representation { out.insert(r) }
        return out.sorted()
    }

    /// Concept schemes of the component concepts, de-duplicated, sorted.
    public var conceptSchemeReferences: [ArtefactReference] {
        var out = Set<ArtefactReference>()
        for d in dimensions { out.insert(d.concept.scheme) }
        if let t = timeDimension { out.insert(t.concept.scheme) }
        for a in attributes { out.insert(a.concept.scheme) }
        if let m = measure { out.insert(m.concept.scheme) }
        return out.sorted()
    }
}
