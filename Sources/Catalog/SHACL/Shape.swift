import RDF

/// A compiled SHACL shape (node shape, or property shape when `path` is set).
public struct Shape: Sendable {
    /// The shape's node in the shapes graph (IRI or blank node).
    public let id: Term
    public let path: ShapePath?
    public let targets: [ShapeTarget]
    public let constraints: [ShapeConstraint]
    public let severity: Severity
    /// `sh:message` values (any language).
    public let messages: [Literal]
    public let deactivated: Bool
    /// The shape that holds this one through `sh:property` (to name blank property shapes).
    public let parent: Term?

    public var isPropertyShape: Bool { path != nil }
}
