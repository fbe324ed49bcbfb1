/// One link of a codelist mapping: the code `source` of the source codelist corresponds to the
/// code `target` of the target codelist (a correspondence table's association, read as pairs).
public struct CodePair: Hashable, Sendable, Comparable {
    public var source: String
    public var target: String

    public init(source: String, target: String) {
        self.source = source
        self.target = target
    }

    public static func < (a: Self, b: Self) -> Bool { (a.source, a.target) < (b.source, b.target) }
}

/// A correspondence between two codelists as SDMX 2.1 publishes it: a `StructureSet` holding
/// `CodelistMap`s (one per correspondence table here), each with a `CodeMap` per pair.
public struct StructureSet: Hashable, Sendable {
    public var identity: MaintainableIdentity
    public var names: InternationalString
    public var descriptions: InternationalString
    public var codelistMaps: [CodelistMap]
    /// The validity (`validFrom` / `validTo`, xs:dateTime, both inclusive), when stated.
    public var validFrom: String?
    public var validTo: String?

    public init(identity: MaintainableIdentity, names: InternationalString, descriptions: InternationalString = .init(),
                codelistMaps: [CodelistMap] = [], validFrom: String? = nil, validTo: String? = nil) {
        self.identity = identity
        self.names = names
        self.descriptions = descriptions
        self.codelistMaps = codelistMaps
        self.validFrom = validFrom
        self.validTo = validTo
    }

    public var reference: ArtefactReference { ArtefactReference(.structureSet, identity) }
}

/// A `CodelistMap` of a structure set: source and target codelists and the code pairs.
public struct CodelistMap: Hashable, Sendable {
    public var id: String
    public var names: InternationalString
    public var descriptions: InternationalString
    public var source: ArtefactReference
    public var target: ArtefactReference
    public var pairs: [CodePair]

    public init(id: String, names: InternationalString, descriptions: InternationalString = .init(),
                source: ArtefactReference, target: ArtefactReference, pairs: [CodePair]) {
        self.id = id
        self.names = names
        self.descriptions = descriptions
        self.source = source
        self.target = target
        self.pairs = pairs
    }
}

/// A correspondence between two codelists as SDMX 3.0 publishes it: a `RepresentationMap`
/// from a source codelist to a target codelist, one `RepresentationMapping` per pair.
public struct RepresentationMap: Hashable, Sendable {
    public var identity: MaintainableIdentity
    public var names: InternationalString
    public var descriptions: InternationalString
    public var source: ArtefactReference
    public var target: ArtefactReference
    public var pairs: [CodePair]
    public var validFrom: String?
    public var validTo: String?

    public init(identity: MaintainableIdentity, names: InternationalString, descriptions: InternationalString = .init(),
                source: ArtefactReference, target: ArtefactReference, pairs: [CodePair],
                validFrom: String? = nil, validTo: String? = nil) {
        self.identity = identity
        self.names = names
        self.descriptions = descriptions
        self.source = source
        self.target = target
        self.pairs = pairs
        self.validFrom = validFrom
        self.validTo = validTo
    }

    public var reference: ArtefactReference { ArtefactReference(.representationMap, identity) }

    /// The same correspondence as a 2.1 structure set with one codelist map.
    public var structureSet: StructureSet {
        StructureSet(identity: identity, names: names, descriptions: descriptions,
                     codelistMaps: [CodelistMap(id: CodelistMap.defaultID(source: source, target: target), names: names,
                                                descriptions: descriptions, source: source, target: target, pairs: pairs)],
                     validFrom: validFrom, validTo: validTo)
    }
}

extension CodelistMap {
    /// The id given to the one map of a correspondence: `{source id}_TO_{target id}`.
    public static func defaultID(source: ArtefactReference, target: ArtefactReference) -> String {
        "\(source.id)_TO_\(target.id)"
    }
}

extension StructureSet {
    /// Each codelist map as a 3.0 representation map: the structure set's identity when it holds
    /// one map, `{set id}_{map id}` for each when it holds several.
    public var representationMaps: [RepresentationMap] {
        codelistMaps.map { map in
            var identity = self.identity
            if codelistMaps.count > 1 { identity.id = "\(identity.id)_\(map.id)" }
            return RepresentationMap(identity: identity, names: codelistMaps.count > 1 ? map.names : names,
                                     descriptions: codelistMaps.count > 1 ? map.descriptions : descriptions,
                                     source: map.source, target: map.target, pairs: map.pairs,
                                     validFrom: validFrom, validTo: validTo)
        }
    }
}
