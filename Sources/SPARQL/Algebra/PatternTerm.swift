import RDF

/// A position in a triple pattern: a variable or a concrete term.
public enum PatternTerm: Hashable, Sendable, CustomStringConvertible {
    case variable(String)
    case term(Term)

    public var variableName: String? { if case .variable(let v) = self { return v } else { return nil } }

    public var description: String {
        switch self {
        case .variable(let v): return "?" + v
        case .term(let t): return t.description
        }
    }
}

/// A triple pattern of a basic graph pattern.
public struct TriplePattern: Hashable, Sendable, CustomStringConvertible {
    public var subject: PatternTerm
    public var predicate: PatternTerm
    public var object: PatternTerm

    public init(_ subject: PatternTerm, _ predicate: PatternTerm, _ object: PatternTerm) {
        self.subject = subject
        self.predicate = predicate
        self.object = object
    }

    public var variables: [String] { [subject, predicate, object].compactMap(\.variableName) }
    public var description: String { "\(subject) \(predicate) \(object)" }
}

/// Variables a parser invents (blank nodes in patterns, aggregates, path steps) start with
/// a character no SPARQL variable name can start with, so `SELECT *` never shows them.
public enum HiddenVariable {
    public static let marker: Character = "."
    public static func isHidden(_ name: String) -> Bool { name.first == marker }
}
