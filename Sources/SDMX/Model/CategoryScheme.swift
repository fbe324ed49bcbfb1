/// A category of a category scheme, with its sub-categories.
public struct Category: Hashable, Sendable {
    public var id: String
    public var names: InternationalString
    public var descriptions: InternationalString
    public var children: [Category]

    public init(id: String, names: InternationalString, descriptions: InternationalString = .init(),
                children: [Category] = []) {
        self.id = id
        self.names = names
        self.descriptions = descriptions
        self.children = children
    }

    /// Every category path (`A`, `A.B`…) in document order.
    func paths(prefix: String = "") -> [String] {
        let me = prefix.isEmpty ? id : prefix + "." + id
        return [me] + children.flatMap { $0.paths(prefix: me) }
    }
}

/// An SDMX category scheme.
public struct CategoryScheme: Hashable, Sendable {
    public var identity: MaintainableIdentity
    public var names: InternationalString
    public var descriptions: InternationalString
    public var categories: [Category]

    public init(identity: MaintainableIdentity, names: InternationalString,
                descriptions: InternationalString = .init(), categories: [Category] = []) {
        self.identity = identity
        self.names = names
        self.descriptions = descriptions
        self.categories = categories
    }

    public var reference: ArtefactReference { ArtefactReference(.categoryScheme, identity) }

    /// Every category path (`A`, `A.B`…).
    public var categoryPaths: [String] { categories.flatMap { $0.paths() } }
}

/// Links an artefact (here, a dataflow) to a category.
public struct Categorisation: Hashable, Sendable {
    public var identity: MaintainableIdentity
    public var names: InternationalString
    public var source: ArtefactReference
    /// The category: its scheme and its path (`A.B` for nested categories).
    public var target: ItemReference

    public init(identity: MaintainableIdentity, names: InternationalString, source: ArtefactReference,
                target: ItemReference) {
        self.identity = identity
        self.names = names
        self.source = source
        self.target = target
    }

    public var reference: ArtefactReference { ArtefactReference(.categorisation, identity) }
}
