import RDF

/// Parses Turtle (W3C RDF 1.1 Turtle), streaming.
public struct TurtleParser: TurtleFamilyParser {
    public var base: String?
    public var blankNodePrefix: String
    public static var isTriG: Bool { false }
    public init(base: String? = nil, blankNodePrefix: String = "") {
        self.base = base
        self.blankNodePrefix = blankNodePrefix
    }
}

/// Parses TriG (W3C RDF 1.1 TriG), streaming.
public struct TriGParser: TurtleFamilyParser {
    public var base: String?
    public var blankNodePrefix: String
    public static var isTriG: Bool { true }
    public init(base: String? = nil, blankNodePrefix: String = "") {
        self.base = base
        self.blankNodePrefix = blankNodePrefix
    }
}

/// What Turtle and TriG parsers share: one grammar, TriG's graph blocks switched on or off.
public protocol TurtleFamilyParser: Sendable {
    var base: String? { get }
    var blankNodePrefix: String { get }
    static var isTriG: Bool { get }
}

extension TurtleFamilyParser {
    public func parse(_ source: ByteSource, _ handler: (Quad) throws -> Void) throws {
        try parse(source, prefixes: { _, _ in }, handler)
    }

    /// Parses, also reporting each prefix declaration (for serializers that keep them).
    public func parse(_ source: ByteSource, prefixes: (String, String) -> Void,
                      _ handler: (Quad) throws -> Void) throws {
        let g = TurtleGrammar(source: source, base: base, trig: Self.isTriG, blankNodePrefix: blankNodePrefix)
        try withoutActuallyEscaping(prefixes) { p in
            try withoutActuallyEscaping(handler) { h in
                g.onPrefix = p
                g.emit = h
                defer { g.onPrefix = { _, _ in }; g.emit = { _ in } }
                try g.parseDocument()
            }
        }
    }

    /// Parses, giving each quad with the line the parser was on when it completed the quad (the
    /// line of its object), for readers that report errors by line (e.g. vocabulary mappings).
    public func parse(_ source: ByteSource, lines handler: (Quad, Int) throws -> Void) throws {
        let g = TurtleGrammar(source: source, base: base, trig: Self.isTriG, blankNodePrefix: blankNodePrefix)
        try withoutActuallyEscaping(handler) { h in
            g.emit = { [unowned g] quad in try h(quad, g.line) }
            defer { g.emit = { _ in } }
            try g.parseDocument()
        }
    }
}
