// TEMPORARY minimal stand-in for the function library of branch `sparql-functions`;
// deleted when that branch is merged.
import Foundation
import RDF

public enum ExpressionError: Error { case typeError(String), unbound }

public final class FunctionContext: @unchecked Sendable {
    public let now: Date
    public let baseIRI: String?
    private var counter = 0
    private var labels: [String: Term] = [:]
    private var row = -1
    public init(now: Date = Date(), baseIRI: String? = nil) { self.now = now; self.baseIRI = baseIRI }
    public func bnode(for label: String?, row: Int) -> Term {
        if row != self.row { labels = [:]; self.row = row }
        if let label, let t = labels[label] { return t }
        counter += 1
        let t = Term.blankNode("f\(counter)")
        if let label { labels[label] = t }
        return t
    }
}

public enum ExpressionFunctions {
    static func num(_ t: Term) -> Double? {
        guard case .literal(let l) = t, [XSD.integer, XSD.decimal, XSD.double, XSD.float].contains(l.datatype) else { return nil }
        return Double(l.lexicalForm)
    }
    static func isInt(_ t: Term) -> Bool { t.literalValue?.datatype == XSD.integer }
    static func make(_ v: Double, _ a: Term, _ b: Term) -> Term {
        if isInt(a) && isInt(b) && v == v.rounded() { return .typed(String(Int(v)), XSD.integer) }
        return .typed(String(v), XSD.double)
    }
    public static func call(_ name: String, _ args: [Term], _ context: FunctionContext) throws -> Term {
        switch name {
        case "STR":
            switch args[0] { case .iri(let i): return .string(i); case .literal(let l): return .string(l.lexicalForm); default: throw ExpressionError.typeError("STR") }
        case "ISIRI": return .typed(args[0].isIRI ? "true" : "false", XSD.boolean)
        case "ISBLANK": return .typed(args[0].isBlankNode ? "true" : "false", XSD.boolean)
        case "ISLITERAL": return .typed(args[0].isLiteral ? "true" : "false", XSD.boolean)
        case "STRLEN": guard let l = args[0].literalValue else { throw ExpressionError.typeError("") }; return .typed(String(l.lexicalForm.count), XSD.integer)
        case "UCASE": guard let l = args[0].literalValue else { throw ExpressionError.typeError("") }; return .string(l.lexicalForm.uppercased())
        case "CONCAT": return .string(args.compactMap { $0.literalValue?.lexicalForm }.joined())
        case "LANG": guard let l = args[0].literalValue else { throw ExpressionError.typeError("") }; return .string(l.language ?? "")
        case "DATATYPE": guard let l = args[0].literalValue else { throw ExpressionError.typeError("") }; return .iri(l.datatype)
        default: throw ExpressionError.typeError("unsupported \(name)")
        }
    }
    public static func add(_ a: Term, _ b: Term) throws -> Term { guard let x = num(a), let y = num(b) else { throw ExpressionError.typeError("+") }; return make(x + y, a, b) }
    public static func subtract(_ a: Term, _ b: Term) throws -> Term { guard let x = num(a), let y = num(b) else { throw ExpressionError.typeError("-") }; return make(x - y, a, b) }
    public static func multiply(_ a: Term, _ b: Term) throws -> Term { guard let x = num(a), let y = num(b) else { throw ExpressionError.typeError("*") }; return make(x * y, a, b) }
    public static func divide(_ a: Term, _ b: Term) throws -> Term { guard let x = num(a), let y = num(b), y != 0 else { throw ExpressionError.typeError("/") }; return .typed(String(x / y), XSD.decimal) }
    public static func unaryMinus(_ a: Term) throws -> Term { try subtract(.typed("0", XSD.integer), a) }
    public static func unaryPlus(_ a: Term) throws -> Term { guard num(a) != nil else { throw ExpressionError.typeError("+") }; return a }
    public static func equals(_ a: Term, _ b: Term) throws -> Bool {
        if let x = num(a), let y = num(b) { return x == y }
        if a == b { return true }
        if a.isLiteral && b.isLiteral && a.literalValue?.datatype != b.literalValue?.datatype && !(a.literalValue?.isPlainString ?? false && b.literalValue?.isPlainString ?? false) { throw ExpressionError.typeError("=") }
        return false
    }
    public static func compare(_ a: Term, _ b: Term) throws -> Int {
        if let x = num(a), let y = num(b) { return x < y ? -1 : (x > y ? 1 : 0) }
        if let x = a.literalValue, let y = b.literalValue, x.datatype == y.datatype, x.language == nil, y.language == nil {
            return x.lexicalForm < y.lexicalForm ? -1 : (x.lexicalForm > y.lexicalForm ? 1 : 0)
        }
        throw ExpressionError.typeError("compare")
    }
    public static func sameTerm(_ a: Term, _ b: Term) -> Bool { a == b }
    public static func effectiveBooleanValue(_ t: Term) throws -> Bool {
        guard case .literal(let l) = t else { throw ExpressionError.typeError("ebv") }
        if l.datatype == XSD.boolean { return l.lexicalForm == "true" || l.lexicalForm == "1" }
        if let x = num(t) { return x != 0 && !x.isNaN }
        if l.isPlainString || l.language != nil { return !l.lexicalForm.isEmpty }
        throw ExpressionError.typeError("ebv")
    }
    public static func orderCompare(_ a: Term?, _ b: Term?) -> Int {
        guard let a else { return b == nil ? 0 : -1 }
        guard let b else { return 1 }
        if let c = try? compare(a, b), c != 0 { return c }
        return a < b ? -1 : (a == b ? 0 : 1)
    }
}
