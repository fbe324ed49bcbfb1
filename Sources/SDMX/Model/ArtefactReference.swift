/// The identity of a maintainable artefact: maintenance agency, id, version and finality.
public struct MaintainableIdentity: Hashable, Sendable, Comparable {
    public var agencyID: String
    public var id: String
    public var version: String
    public var isFinal: Bool
    /// True for a stub (REST `detail=…stubs`): the artefact is only identified here, its full
    /// content is served elsewhere (written as `isExternalReference`).
    public var isExternalReference: Bool

    public init(agencyID: String, id: String, version: String = "1.0", isFinal: Bool = true,
                isExternalReference: Bool = false) {
        self.agencyID = agencyID
        self.id = id
        self.version = version
        self.isFinal = isFinal
        self.isExternalReference = isExternalReference
    }

    public static func < (a: Self, b: Self) -> Bool {
        (a.agencyID, a.id, a.version) < (b.agencyID, b.id, b.version)
    }
}

/// A reference to a maintainable artefact (`<Ref agencyID= id= version= class= package=>`).
public struct ArtefactReference: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var type: ArtefactType
    public var agencyID: String
    public var id: String
    public var version: String

    public init(_ type: ArtefactType, agencyID: String, id: String, version: String) {
        self.type = type
        self.agencyID = agencyID
        self.id = id
        self.version = version
    }

    public init(_ type: ArtefactType, _ identity: MaintainableIdentity) {
        self.init(type, agencyID: identity.agencyID, id: identity.id, version: identity.version)
    }

    /// `urn:sdmx:org.sdmx.infomodel.{package}.{Class}={agency}:{id}({version})`.
    public var urn: String {
        "urn:sdmx:org.sdmx.infomodel.\(type.package).\(type.className)=\(agencyID):\(id)(\(version))"
    }

    /// The URN of an item (code, concept, category) of this artefact.
    public func itemURN(itemClass: String, itemID: String) -> String {
        "urn:sdmx:org.sdmx.infomodel.\(type.package).\(itemClass)=\(agencyID):\(id)(\(version)).\(itemID)"
    }

    public var description: String { "\(type.className)=\(agencyID):\(id)(\(version))" }

    public static func < (a: Self, b: Self) -> Bool {
        (a.type.rawValue, a.agencyID, a.id, a.version) < (b.type.rawValue, b.agencyID, b.id, b.version)
    }
}

/// A reference to one item of an item scheme: a concept of a concept scheme, a category of a
/// category scheme (nested categories joined with `.`).
public struct ItemReference: Hashable, Sendable {
    public var scheme: ArtefactReference
    public var itemID: String

    public init(scheme: ArtefactReference, itemID: String) {
        self.scheme = scheme
        self.itemID = itemID
    }

    /// The item class name: `Concept` or `Category`, `Code` for codelists.
    public var itemClass: String {
        switch scheme.type {
        case .conceptScheme: "Concept"
        case .categoryScheme: "Category"
        default: "Code"
        }
    }

    public var urn: String { scheme.itemURN(itemClass: itemClass, itemID: itemID) }
}
