import Foundation
import RDF

extension ExpressionFunctions {
    static func stringFunction(_ f: String, _ args: [Term]) throws -> Term {
        switch f {
        case "STRLEN":
            try expect(f, args, 1...1)
            return integer(try stringArgument(args[0], f).value.unicodeScalars.count)
        case "UCASE", "LCASE":
            try expect(f, args, 1...1)
            let s = try stringArgument(args[0], f)
            return stringTerm(f == "UCASE" ? s.value.uppercased() : s.value.lowercased(), language: s.language)
        case "ENCODE_FOR_URI":
            try expect(f, args, 1...1)
            return .string(encodeForURI(try stringArgument(args[0], f).value))
        case "CONCAT":
            var out = "", languages = Set<String?>()
            for a in args {
                let s = try stringArgument(a, f)
                out += s.value
                languages.insert(s.language)
            }
            let lang = languages.count == 1 ? languages.first ?? nil : nil
            return stringTerm(out, language: lang)
        case "CONTAINS", "STRSTARTS", "STRENDS":
            try expect(f, args, 2...2)
            let (a, b) = try compatibleArguments(args[0], args[1], f)
            let x = Array(a.value.unicodeScalars), y = Array(b.value.unicodeScalars)
            switch f {
            case "CONTAINS": return boolean(find(y, in: x) != nil)
            case "STRSTARTS": return boolean(x.count >= y.count && Array(x[0..<y.count]) == y)
            default: return boolean(x.count >= y.count && Array(x[(x.count - y.count)...]) == y)
            }
        case "STRBEFORE", "STRAFTER":
            try expect(f, args, 2...2)
            let (a, b) = try compatibleArguments(args[0], args[1], f)
            let x = Array(a.value.unicodeScalars), y = Array(b.value.unicodeScalars)
            guard let at = find(y, in: x) else { return .string("") }
            let part = f == "STRBEFORE" ? x[0..<at] : x[(at + y.count)...]
            var s = String.UnicodeScalarView()
            s.append(contentsOf: part)
            return stringTerm(String(s), language: a.language)
        case "SUBSTR":
            try expect(f, args, 2...3)
            let s = try stringArgument(args[0], f)
            let start = try numericArgument(args[1], f)
            let length = args.count == 3 ? try numericArgument(args[2], f) : nil
            return stringTerm(substring(s.value, start, length), language: s.language)
        case "REGEX":
            try expect(f, args, 2...3)
            let text = try stringArgument(args[0], f).value
            let pattern = try plainStringArgument(args[1], f)
            let flags = args.count == 3 ? try plainStringArgument(args[2], f) : ""
            let re = try XPathRegex(pattern, flags: flags)
            return boolean(re.matches(text))
        case "REPLACE":
            try expect(f, args, 3...4)
            let s = try stringArgument(args[0], f)
            let pattern = try plainStringArgument(args[1], f)
            let replacement = try plainStringArgument(args[2], f)
            let flags = args.count == 4 ? try plainStringArgument(args[3], f) : ""
            let re = try XPathRegex(pattern, flags: flags)
            return stringTerm(try re.replace(s.value, with: replacement), language: s.language)
        default:
            throw ExpressionError.unknownFunction(f)
        }
    }

    /// Section 17.4.3.1.1: both simple/xsd:string, both with the same language tag,
    /// or a language-tagged first argument with a simple/xsd:string second.
    static func compatibleArguments(_ a: Term, _ b: Term, _ f: String) throws
        -> ((value: String, language: String?), (value: String, language: String?)) {
        let x = try stringArgument(a, f), y = try stringArgument(b, f)
        if y.language == nil || x.language == y.language { return (x, y) }
        throw ExpressionError.typeError("\(f): arguments are not compatible (language tags differ)")
    }

    /// Index of the first occurrence of `needle` in `hay`, by code points.
    static func find(_ needle: [Unicode.Scalar], in hay: [Unicode.Scalar]) -> Int? {
        if needle.isEmpty { return 0 }
        guard hay.count >= needle.count else { return nil }
        outer: for i in 0...(hay.count - needle.count) {
            for j in 0..<needle.count where hay[i + j] != needle[j] { continue outer }
            return i
        }
        return nil
    }

    /// XPath fn:substring: code points at positions p with round(start) ≤ p < round(start) + round(length).
    static func substring(_ s: String, _ start: XSDNumeric, _ length: XSDNumeric?) -> String {
        let first = round(start, .toNearestOrAwayFromZero).doubleValue
        let end = length.map { first + round($0, .toNearestOrAwayFromZero).doubleValue } ?? .infinity
        var out = String.UnicodeScalarView()
        for (i, c) in s.unicodeScalars.enumerated() {
            let p = Double(i + 1)
            if p >= first && p < end { out.append(c) }
        }
        return String(out)
    }

    /// Percent-encodes every byte except RFC 3986 unreserved characters.
    static func encodeForURI(_ s: String) -> String {
        let hex = Array("0123456789ABCDEF")
        var out = ""
        for b in s.utf8 {
            switch b {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"),
                 UInt8(ascii: "."), UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(b))
            default:
                out.append("%"); out.append(hex[Int(b >> 4)]); out.append(hex[Int(b & 15)])
            }
        }
        return out
    }
}
