import Foundation
import RDF

extension ExpressionFunctions {
    /// XSD constructor functions (section 17.5), named by the target datatype IRI.
    static func cast(_ target: String, _ args: [Term]) throws -> Term {
        guard XSDValidation.isKnown(target) else { throw ExpressionError.unknownFunction(target) }
        try expect(target, args, 1...1)
        let arg = args[0]
        switch arg {
        case .blankNode: throw ExpressionError.typeError("cannot cast a blank node")
        case .iri(let v):
            guard target == XSD.string else { throw ExpressionError.typeError("cannot cast an IRI to <\(target)>") }
            return .string(v)
        case .literal(let l):
            if l.isLanguageTagged { throw ExpressionError.typeError("cannot cast a language-tagged string") }
            if target == XSD.string { return .string(castToString(l)) }
            if l.datatype == XSD.string { return try castFromString(l.lexicalForm, target) }
            return try castValue(l, target)
        }
    }

    /// The XPath string form of a literal's value.
    static func castToString(_ l: Literal) -> String {
        if let n = XSDNumeric(literal: l) {
            switch n {
            case .integer(let d): return XSDLexical.canonicalInteger(d)
            case .decimal(let d): return d.description == "-0" ? "0" : d.description
            case .float, .double:
                let v = n.doubleValue
                if v.isFinite && (v == 0 || (abs(v) >= 1e-6 && abs(v) < 1e6)), let d = n.decimalValue {
                    return d.description == "-0" ? "0" : d.description
                }
                return n.literal.lexicalForm
            }
        }
        if XSDValidation.isKnown(l.datatype), let c = l.canonicalLexicalForm { return c }
        return l.lexicalForm
    }

    /// Casting from xsd:string: the (whitespace-trimmed) text must be in the target's lexical space.
    static func castFromString(_ text: String, _ target: String) throws -> Term {
        let lex = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let candidate = Literal(lex, datatype: target)
        guard let canonical = candidate.canonicalLexicalForm else {
            throw ExpressionError.invalidArgument("\"\(text)\" is not a valid <\(target)>")
        }
        return .typed(canonical, target)
    }

    /// Casting a typed literal to another XSD type by value.
    static func castValue(_ l: Literal, _ target: String) throws -> Term {
        guard l.isWellFormed, XSDValidation.isKnown(l.datatype) else {
            throw ExpressionError.invalidArgument("cannot cast \(l) to <\(target)>")
        }
        if l.datatype == target { return .literal(l.canonicalized()) }
        let value = LiteralValue(l)
        if target == XSD.boolean {
            switch value {
            case .numeric(let n): return boolean(!(n.isZero || n.isNaN))
            default: break
            }
        } else if XSD.isNumeric(target) {
            let n: XSDNumeric
            switch value {
            case .numeric(let v): n = v
            case .boolean(let b): n = .integer(b ? 1 : 0)
            default: throw ExpressionError.typeError("cannot cast \(l) to <\(target)>")
            }
            return try castNumeric(n, target)
        } else if let kind = XSDDateTime.Kind(datatype: target), case .dateTime(var d) = value {
            // dateTime → date/time and the Gregorian parts: keep the fields the target has.
            guard d.kind == .dateTime || d.kind == .dateTimeStamp || (d.kind == .date && kind != .time) else {
                throw ExpressionError.typeError("cannot cast \(l) to <\(target)>")
            }
            if kind == .dateTimeStamp && d.timezoneMinutes == nil {
                throw ExpressionError.invalidArgument("xsd:dateTimeStamp needs a timezone")
            }
            d.kind = kind
            return .literal(d.literal)
        } else if let d = XSDDuration(literal: l), let kind = XSDDuration.Kind(rawValue: String(target.dropFirst(XSD.namespace.count))) {
            var v = d
            v.kind = kind
            if kind == .dayTimeDuration { v.months = 0 }
            if kind == .yearMonthDuration { v.seconds = 0 }
            return .literal(v.literal)
        }
        throw ExpressionError.typeError("cannot cast \(l) to <\(target)>")
    }

    static func castNumeric(_ n: XSDNumeric, _ target: String) throws -> Term {
        switch target {
        case XSD.double: return XSDNumeric.double(n.doubleValue).term
        case XSD.float: return XSDNumeric.float(Float(n.doubleValue)).term
        case XSD.decimal:
            guard let d = n.decimalValue else { throw ExpressionError.invalidArgument("cannot cast NaN or INF to xsd:decimal") }
            return XSDNumeric.decimal(d).term
        default:
            guard let d = n.decimalValue else { throw ExpressionError.invalidArgument("cannot cast NaN or INF to an integer") }
            let whole = d.rounded0()
            guard XSDIntegerTypes.inRange(whole, target) else {
                throw ExpressionError.invalidArgument("\(whole) is out of range for <\(target)>")
            }
            return .typed(XSDLexical.canonicalInteger(whole), target)
        }
    }
}
