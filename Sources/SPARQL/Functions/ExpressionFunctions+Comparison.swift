import Foundation
import RDF

extension ExpressionFunctions {
    /// The `=` operator (section 17.3): value equality for numerics, strings, booleans, date/times
    /// and durations; RDFterm-equal otherwise, with a type error for two different literals
    /// whose values cannot be compared.
    public static func equals(_ a: Term, _ b: Term) throws -> Bool {
        guard case .literal(let x) = a, case .literal(let y) = b else { return a == b }
        if x == y { return !(XSDNumeric(literal: x)?.isNaN ?? false) }
        let vx = LiteralValue(x), vy = LiteralValue(y)
        switch (vx, vy) {
        case let (.numeric(p), .numeric(q)): return XSDNumeric.compare(p, q) == 0
        case let (.string(p), .string(q)): return p == q
        case let (.langString(p, l), .langString(q, m)): return p == q && l == m
        case let (.boolean(p), .boolean(q)): return p == q
        case let (.dateTime(p), .dateTime(q)):
            guard let c = XSDDateTime.compare(p, q) else {
                if sameDateKind(p, q) { throw ExpressionError.typeError("indeterminate date/time comparison") }
                return false
            }
            return c == 0
        case let (.duration(p), .duration(q)): return XSDDuration.compare(p, q) == 0
        case (.other, _), (_, .other): throw ExpressionError.typeError("cannot compare \(a) and \(b)")
        default: return false
        }
    }

    /// `<`, `>`, `<=`, `>=`: -1, 0 or 1; throws when the operands are not comparable.
    public static func compare(_ a: Term, _ b: Term) throws -> Int {
        guard case .literal(let x) = a, case .literal(let y) = b else {
            throw ExpressionError.typeError("cannot order \(a) and \(b)")
        }
        switch (LiteralValue(x), LiteralValue(y)) {
        case let (.numeric(p), .numeric(q)):
            if let c = XSDNumeric.compare(p, q) { return c }
        case let (.string(p), .string(q)): return compareCodePoints(p, q)
        case let (.boolean(p), .boolean(q)): return p == q ? 0 : (p ? 1 : -1)
        case let (.dateTime(p), .dateTime(q)):
            if let c = XSDDateTime.compare(p, q) { return c }
        case let (.duration(p), .duration(q)):
            if p.kind != .duration || q.kind != .duration, let c = XSDDuration.compare(p, q) { return c }
        default: break
        }
        throw ExpressionError.typeError("cannot order \(a) and \(b)")
    }

    /// sameTerm: the two terms are the same RDF term.
    public static func sameTerm(_ a: Term, _ b: Term) -> Bool { a == b }

    /// The effective boolean value (section 17.2.2).
    public static func effectiveBooleanValue(_ t: Term) throws -> Bool {
        guard case .literal(let l) = t else { throw ExpressionError.typeError("no boolean value for \(t)") }
        if l.datatype == XSD.boolean {
            guard XSDLexical.isBoolean(l.lexicalForm) else { return false }
            return l.lexicalForm == "true" || l.lexicalForm == "1"
        }
        if l.isPlainString || l.isLanguageTagged { return !l.lexicalForm.isEmpty }
        if XSD.isNumeric(l.datatype) {
            guard let n = XSDNumeric(literal: l) else { return false }
            return !(n.isZero || n.isNaN)
        }
        throw ExpressionError.typeError("no boolean value for \(t)")
    }

    /// Code-point order of two strings.
    static func compareCodePoints(_ a: String, _ b: String) -> Int {
        if a == b { return 0 }
        var i = a.unicodeScalars.makeIterator(), j = b.unicodeScalars.makeIterator()
        while true {
            switch (i.next(), j.next()) {
            case (nil, nil): return 0
            case (nil, _): return -1
            case (_, nil): return 1
            case let (p?, q?): if p != q { return p.value < q.value ? -1 : 1 }
            }
        }
    }

    static func sameDateKind(_ p: XSDDateTime, _ q: XSDDateTime) -> Bool {
        func k(_ v: XSDDateTime) -> XSDDateTime.Kind { v.kind == .dateTimeStamp ? .dateTime : v.kind }
        return k(p) == k(q)
    }
}

/// The value of a literal, as far as the operators understand it.
enum LiteralValue {
    case numeric(XSDNumeric)
    case string(String)
    case langString(String, String)
    case boolean(Bool)
    case dateTime(XSDDateTime)
    case duration(XSDDuration)
    case other

    init(_ l: Literal) {
        if let lang = l.language { self = .langString(l.lexicalForm, lang); return }
        switch l.datatype {
        case XSD.string: self = .string(l.lexicalForm)
        case XSD.boolean:
            self = XSDLexical.isBoolean(l.lexicalForm) ? .boolean(l.lexicalForm == "true" || l.lexicalForm == "1") : .other
        default:
            if let n = XSDNumeric(literal: l) { self = .numeric(n) }
            else if let d = XSDDateTime(literal: l) { self = .dateTime(d) }
            else if let d = XSDDuration(literal: l) { self = .duration(d) }
            else { self = .other }
        }
    }
}
