import RDF

/// Parses Turtle (W3C RDF 1.1 Turtle), streaming.
public struct TurtleParser: Sendable {
    public var base: String?
    public var blankNodePrefix: String
    public init(base: String? = nil, blankNodePrefix: String = "") {
        self.base = base
        self.blankNodePrefix = blankNodePrefix
    }

    public func parse(_ source: ByteSource, _ handler: (Quad) throws -> Void) throws {
        try parse(source, prefixes: { _, _ in }, handler)
    }

    /// Parses, also reporting each prefix declaration (for serializers that keep them).
    public func parse(_ source: ByteSource, prefixes: (String, String) -> Void,
                      _ handler: (Quad) throws -> Void) throws {
        try TurtleGrammar.run(source, base: base, trig: false, blankNodePrefix: blankNodePrefix,
                              prefixes: prefixes, handler)
    }
}

/// Parses TriG (W3C RDF 1.1 TriG), streaming.
public struct TriGParser: Sendable {
    public var base: String?
    public var blankNodePrefix: String
    public init(base: String? = nil, blankNodePrefix: String = "") {
        self.base = base
        self.blankNodePrefix = blankNodePrefix
    }

    public func parse(_ source: ByteSource, _ handler: (Quad) throws -> Void) throws {
        try parse(source, prefixes: { _, _ in }, handler)
    }

    /// Parses, also reporting each prefix declaration.
    public func parse(_ source: ByteSource, prefixes: (String, String) -> Void,
                      _ handler: (Quad) throws -> Void) throws {
        try TurtleGrammar.run(source, base: base, trig: true, blankNodePrefix: blankNodePrefix,
                              prefixes: prefixes, handler)
    }
}

extension TurtleGrammar {
    static func run(_ source: ByteSource, base: String?, trig: Bool, blankNodePrefix: String,
                    prefixes: (String, String) -> Void, _ handler: (Quad) throws -> Void) throws {
        let g = TurtleGrammar(source: source, base: base, trig: trig, blankNodePrefix: blankNodePrefix)
        try withoutActuallyEscaping(prefixes) { p in
            try withoutActuallyEscaping(handler) { h in
                g.onPrefix = p
                g.emit = h
                defer { g.onPrefix = { _, _ in }; g.emit = { _ in } }
                try g.parseDocument()
            }
        }
    }
}
