import RDF

/// One result of a validation (SHACL §3.6): who failed which constraint, where, and why.
public struct ValidationResult: Sendable, Hashable {
    public var focusNode: Term
    public var resultPath: ShapePath?
    public var value: Term?
    /// The constraint component IRI, e.g. `sh:MinCountConstraintComponent`.
    public var component: String
    public var severity: Severity
    /// The shape's `sh:message` (English preferred), or a generated one.
    public var message: String
    public var sourceShape: Term

    public init(focusNode: Term, resultPath: ShapePath?, value: Term?, component: String, severity: Severity,
                message: String, sourceShape: Term) {
        self.focusNode = focusNode
        self.resultPath = resultPath
        self.value = value
        self.component = component
        self.severity = severity
        self.message = message
        self.sourceShape = sourceShape
    }

    /// The component's short name (`MinCount`).
    public var componentName: String {
        var name = component.hasPrefix(SH.namespace) ? String(component.dropFirst(SH.namespace.count)) : component
        if name.hasSuffix("ConstraintComponent") { name.removeLast("ConstraintComponent".count) }
        return name
    }
}
