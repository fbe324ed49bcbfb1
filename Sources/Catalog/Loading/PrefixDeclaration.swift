/// One `@prefix` declaration.
public struct PrefixDeclaration: Sendable, Hashable {
    public var prefix: String
    public var namespace: String
    public init(_ prefix: String, _ namespace: String) {
        self.prefix = prefix
        self.namespace = namespace
    }
}
