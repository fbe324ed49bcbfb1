import Foundation
import RDF

/// The SPARQL 1.1 built-in functions (section 17.4), operators and XSD constructor casts (17.5),
/// over RDF terms. Special forms (IF, COALESCE, BOUND, EXISTS, IN, &&, ||, !) are the evaluator's.
public enum ExpressionFunctions {
    /// Calls the built-in named by its SPARQL keyword (case-insensitive) or the full IRI of an XSD cast.
    public static func call(_ name: String, _ args: [Term], _ context: FunctionContext) throws -> Term {
        if name.contains(":") { return try cast(name, args) }
        let f = name.uppercased()
        switch f {
        // Terms (17.4.2)
        case "STR", "LANG", "DATATYPE", "IRI", "URI", "BNODE", "STRDT", "STRLANG",
             "ISIRI", "ISURI", "ISBLANK", "ISLITERAL", "ISNUMERIC", "SAMETERM", "LANGMATCHES", "UUID", "STRUUID":
            return try termFunction(f, args, context)
        // Numerics (17.4.4)
        case "ABS", "CEIL", "FLOOR", "ROUND", "RAND":
            return try numericFunction(f, args, context)
        // Strings (17.4.3)
        case "CONCAT", "STRLEN", "UCASE", "LCASE", "ENCODE_FOR_URI", "CONTAINS", "STRSTARTS", "STRENDS",
             "STRBEFORE", "STRAFTER", "SUBSTR", "REPLACE", "REGEX":
            return try stringFunction(f, args)
        // Dates and times (17.4.5)
        case "YEAR", "MONTH", "DAY", "HOURS", "MINUTES", "SECONDS", "TIMEZONE", "TZ", "NOW":
            return try dateTimeFunction(f, args, context)
        // Hashes (17.4.6)
        case "MD5", "SHA1", "SHA256", "SHA384", "SHA512":
            return try hashFunction(f, args)
        default:
            throw ExpressionError.unknownFunction(name)
        }
    }

    /// The built-in keywords `call` accepts (upper case).
    public static let builtInNames: Set<String> = [
        "STR", "LANG", "LANGMATCHES", "DATATYPE", "IRI", "URI", "BNODE", "RAND", "ABS", "CEIL", "FLOOR", "ROUND",
        "CONCAT", "STRLEN", "UCASE", "LCASE", "ENCODE_FOR_URI", "CONTAINS", "STRSTARTS", "STRENDS", "STRBEFORE",
        "STRAFTER", "YEAR", "MONTH", "DAY", "HOURS", "MINUTES", "SECONDS", "TIMEZONE", "TZ", "NOW", "UUID", "STRUUID",
        "MD5", "SHA1", "SHA256", "SHA384", "SHA512", "SUBSTR", "REPLACE", "REGEX", "STRLANG", "STRDT", "ISIRI", "ISURI",
        "ISBLANK", "ISLITERAL", "ISNUMERIC", "SAMETERM",
    ]

    /// True when `call` knows `name`: a built-in keyword (any case) or an XSD cast IRI.
    public static func isKnown(_ name: String) -> Bool {
        name.contains(":") ? XSDValidation.isKnown(name) : builtInNames.contains(name.uppercased())
    }

    // MARK: argument helpers

    static func expect(_ name: String, _ args: [Term], _ counts: ClosedRange<Int>) throws {
        guard counts.contains(args.count) else {
            let e = counts.lowerBound == counts.upperBound ? "\(counts.lowerBound)"
                : "\(counts.lowerBound)–\(counts.upperBound)"
            throw ExpressionError.arity(function: name, expected: e, got: args.count)
        }
    }

    /// A string literal argument: a simple literal, an xsd:string, or a language-tagged string.
    static func stringArgument(_ t: Term, _ function: String) throws -> (value: String, language: String?) {
        if case .literal(let l) = t {
            if let lang = l.language { return (l.lexicalForm, lang) }
            if l.datatype == XSD.string { return (l.lexicalForm, nil) }
        }
        throw ExpressionError.typeError("\(function) expects a string literal, got \(t)")
    }

    /// A simple literal or xsd:string argument (no language tag).
    static func plainStringArgument(_ t: Term, _ function: String) throws -> String {
        if case .literal(let l) = t, l.isPlainString { return l.lexicalForm }
        throw ExpressionError.typeError("\(function) expects a simple literal or xsd:string, got \(t)")
    }

    /// A numeric argument.
    static func numericArgument(_ t: Term, _ function: String) throws -> XSDNumeric {
        guard let n = XSDNumeric(t) else {
            throw ExpressionError.typeError("\(function) expects a numeric literal, got \(t)")
        }
        return n
    }

    /// A string literal carrying `language` (nil for a simple literal).
    static func stringTerm(_ value: String, language: String?) -> Term {
        if let language { return .langString(value, language) }
        return .string(value)
    }

    static func boolean(_ b: Bool) -> Term { .typed(b ? "true" : "false", XSD.boolean) }
    static func integer(_ i: Int) -> Term { .typed(String(i), XSD.integer) }
}
