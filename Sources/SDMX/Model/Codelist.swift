/// A code of a codelist; `parentID` names the parent code in the same codelist.
public struct Code: Hashable, Sendable {
    public var id: String
    public var names: InternationalString
    public var descriptions: InternationalString
    public var parentID: String?

    public init(id: String, names: InternationalString, descriptions: InternationalString = .init(),
                parentID: String? = nil) {
        self.id = id
        self.names = names
        self.descriptions = descriptions
        self.parentID = parentID
    }
}

/// An SDMX codelist.
public struct Codelist: Hashable, Sendable {
    public var identity: MaintainableIdentity
    public var names: InternationalString
    public var descriptions: InternationalString
    public var codes: [Code]
    /// The validity of the version (`validFrom` / `validTo`, xs:dateTime, both inclusive), when stated.
    public var validFrom: String?
    public var validTo: String?

    public init(identity: MaintainableIdentity, names: InternationalString,
                descriptions: InternationalString = .init(), codes: [Code] = [],
                validFrom: String? = nil, validTo: String? = nil) {
        self.identity = identity
        self.names = names
        self.descriptions = descriptions
        self.codes = codes
        self.validFrom = validFrom
        self.validTo = validTo
    }

    public var reference: ArtefactReference { ArtefactReference(.codelist, identity) }
}
