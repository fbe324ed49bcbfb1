import RDF

/// How a shape selects its focus nodes (SHACL §2.1.3).
public enum ShapeTarget: Hashable, Sendable {
    case node(Term)
    case `class`(String)
    case subjectsOf(String)
    case objectsOf(String)
}
