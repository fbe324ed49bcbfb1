/// An SDMX dataflow, using one data structure.
public struct Dataflow: Hashable, Sendable {
    public var identity: MaintainableIdentity
    public var names: InternationalString
    public var descriptions: InternationalString
    public var structure: ArtefactReference?

    public init(identity: MaintainableIdentity, names: InternationalString,
                descriptions: InternationalString = .init(), structure: ArtefactReference? = nil) {
        self.identity = identity
        self.names = names
        self.descriptions = descriptions
        self.structure = structure
    }

    public var reference: ArtefactReference { ArtefactReference(.dataflow, identity) }
}
