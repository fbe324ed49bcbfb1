import Foundation
import RDF

/// The SPARQL 1.1 built-in functions (section 17.4), operators and XSD constructor casts (17.5),
/// over RDF terms. Special forms (IF, COALESCE, BOUND, EXISTS, IN, &&, ||, !) are the evaluator's.
public enum ExpressionFunctions {
    /// Calls the built-in named by its SPARQL keyword (case-insensitive) or the full IRI of an XSD cast.
    public static func call(_ name: String, _ args: [Term], _ context: FunctionContext) throws -> Term {
        if name.utf8.contains(UInt8(ascii: ":")) { return try cast(name, args) }
        var f = name
        var category = categories[f]
        if category == nil { f = name.uppercased(); category = categories[f] }
        switch category {
        case .term: return try termFunction(f, args, context)
        case .numeric: return try numericFunction(f, args, context)
        case .string: return try stringFunction(f, args)
        case .dateTime: return try dateTimeFunction(f, args, context)
        case .hash: return try hashFunction(f, args)
        case nil: throw ExpressionError.unknownFunction(name)
        }
    }

    private enum Category { case term, numeric, string, dateTime, hash }

    /// Each built-in keyword's family: one hash lookup per call instead of a chain of string compares.
    private static let categories: [String: Category] = {
        var table: [String: Category] = [:]
        // Terms (17.4.2)
        for n in ["STR", "LANG", "DATATYPE", "IRI", "URI", "BNODE", "STRDT", "STRLANG", "ISIRI", "ISURI", "ISBLANK",
                  "ISLITERAL", "ISNUMERIC", "SAMETERM", "LANGMATCHES", "UUID", "STRUUID"] { table[n] = .term }
        // Numerics (17.4.4)
        for n in ["ABS", "CEIL", "FLOOR", "ROUND", "RAND"] { table[n] = .numeric }
        // Strings (17.4.3)
        for n in ["CONCAT", "STRLEN", "UCASE", "LCASE", "ENCODE_FOR_URI", "CONTAINS", "STRSTARTS", "STRENDS",
                  "STRBEFORE", "STRAFTER", "SUBSTR", "REPLACE", "REGEX"] { table[n] = .string }
        // Dates and times (17.4.5)
        for n in ["YEAR", "MONTH", "DAY", "HOURS", "MINUTES", "SECONDS", "TIMEZONE", "TZ", "NOW"] { table[n] = .dateTime }
        // Hashes (17.4.6)
        for n in ["MD5", "SHA1", "SHA256", "SHA384", "SHA512"] { table[n] = .hash }
        return table
    }()

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
