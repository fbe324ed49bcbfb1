import RDF

/// One constraint of a shape, with its parameters; shapes it refers to are named by their node.
public enum ShapeConstraint: Sendable {
    case `class`(String)
    case datatype(String)
    case nodeKind(String)
    case minCount(Int)
    case maxCount(Int)
    case minExclusive(Literal), minInclusive(Literal), maxExclusive(Literal), maxInclusive(Literal)
    case minLength(Int)
    case maxLength(Int)
    case pattern(ShaclPattern)
    case languageIn([String])
    case uniqueLang
    case equals(String), disjoint(String), lessThan(String), lessThanOrEquals(String)
    case hasValue(Term)
    case `in`([Term])
    case node(Term)
    case property(Term)
    case and([Term]), or([Term]), xone([Term])
    case not(Term)
    case qualified(shape: Term, min: Int?, max: Int?, siblings: [Term])
    case closed(allowed: Set<String>)

    /// The constraint component IRI (`sh:…ConstraintComponent`).
    public var component: String {
        switch self {
        case .class: return SH.component("Class")
        case .datatype: return SH.component("Datatype")
        case .nodeKind: return SH.component("NodeKind")
        case .minCount: return SH.component("MinCount")
        case .maxCount: return SH.component("MaxCount")
        case .minExclusive: return SH.component("MinExclusive")
        case .minInclusive: return SH.component("MinInclusive")
        case .maxExclusive: return SH.component("MaxExclusive")
        case .maxInclusive: return SH.component("MaxInclusive")
        case .minLength: return SH.component("MinLength")
        case .maxLength: return SH.component("MaxLength")
        case .pattern: return SH.component("Pattern")
        case .languageIn: return SH.component("LanguageIn")
        case .uniqueLang: return SH.component("UniqueLang")
        case .equals: return SH.component("Equals")
        case .disjoint: return SH.component("Disjoint")
        case .lessThan: return SH.component("LessThan")
        case .lessThanOrEquals: return SH.component("LessThanOrEquals")
        case .hasValue: return SH.component("HasValue")
        case .in: return SH.component("In")
        case .node: return SH.component("Node")
        case .property: return SH.component("Property")
        case .and: return SH.component("And")
        case .or: return SH.component("Or")
        case .xone: return SH.component("Xone")
        case .not: return SH.component("Not")
        case .qualified(_, let min, _, _):
            return SH.component(min != nil ? "QualifiedMinCount" : "QualifiedMaxCount")
        case .closed: return SH.component("Closed")
        }
    }
}
