import Foundation
import RDF

extension ExpressionFunctions {
    static func termFunction(_ f: String, _ args: [Term], _ context: FunctionContext) throws -> Term {
        switch f {
        case "STR":
            try expect(f, args, 1...1)
            switch args[0] {
            case .iri(let v): return .string(v)
            case .literal(let l): return .string(l.lexicalForm)
            case .blankNode: throw ExpressionError.typeError("STR of a blank node")
            }
        case "LANG":
            try expect(f, args, 1...1)
            guard case .literal(let l) = args[0] else { throw ExpressionError.typeError("LANG of a non-literal") }
            return .string(l.language ?? "")
        case "DATATYPE":
            try expect(f, args, 1...1)
            guard case .literal(let l) = args[0] else { throw ExpressionError.typeError("DATATYPE of a non-literal") }
            return .iri(l.datatype)
        case "LANGMATCHES":
            try expect(f, args, 2...2)
            let tag = try plainStringArgument(args[0], f), range = try plainStringArgument(args[1], f)
            return boolean(languageMatches(tag, range))
        case "IRI", "URI":
            try expect(f, args, 1...1)
            switch args[0] {
            case .iri: return args[0]
            case .literal(let l) where l.isPlainString:
                let resolved = IRI.resolve(l.lexicalForm, against: context.baseIRI)
                guard IRI.validationError(resolved) == nil else {
                    throw ExpressionError.invalidArgument("\(f): <\(resolved)> is not a valid absolute IRI")
                }
                return .iri(resolved)
            default: throw ExpressionError.typeError("\(f) expects an IRI or a simple literal")
            }
        case "BNODE":
            // The same label gives the same node within the context's current row.
            try expect(f, args, 0...1)
            let row = context.row
            if args.isEmpty { return context.bnode(for: nil, row: row) }
            return context.bnode(for: try plainStringArgument(args[0], f), row: row)
        case "STRDT":
            try expect(f, args, 2...2)
            let lex = try plainStringArgument(args[0], f)
            guard case .iri(let dt) = args[1] else { throw ExpressionError.typeError("STRDT datatype must be an IRI") }
            if dt == RDFVocabulary.langString { throw ExpressionError.invalidArgument("STRDT to rdf:langString") }
            return .typed(lex, dt)
        case "STRLANG":
            try expect(f, args, 2...2)
            let lex = try plainStringArgument(args[0], f), tag = try plainStringArgument(args[1], f)
            guard isLanguageTag(tag) else { throw ExpressionError.invalidArgument("STRLANG: bad language tag \"\(tag)\"") }
            return .langString(lex, tag)
        case "ISIRI", "ISURI":
            try expect(f, args, 1...1); return boolean(args[0].isIRI)
        case "ISBLANK":
            try expect(f, args, 1...1); return boolean(args[0].isBlankNode)
        case "ISLITERAL":
            try expect(f, args, 1...1); return boolean(args[0].isLiteral)
        case "ISNUMERIC":
            try expect(f, args, 1...1); return boolean(XSDNumeric(args[0]) != nil)
        case "SAMETERM":
            try expect(f, args, 2...2); return boolean(sameTerm(args[0], args[1]))
        case "UUID":
            try expect(f, args, 0...0); return .iri("urn:uuid:" + context.uuid())
        case "STRUUID":
            try expect(f, args, 0...0); return .string(context.uuid())
        default:
            throw ExpressionError.unknownFunction(f)
        }
    }

    /// RFC 4647 basic filtering, as LANGMATCHES defines it (`*` matches any non-empty tag).
    static func languageMatches(_ tag: String, _ range: String) -> Bool {
        let t = tag.lowercased(), r = range.lowercased()
        if r == "*" { return !t.isEmpty }
        if r.isEmpty { return t.isEmpty }
        return t == r || t.hasPrefix(r + "-")
    }

    /// BCP 47 shape as in the SPARQL/Turtle grammar: `[a-zA-Z]+ ('-' [a-zA-Z0-9]+)*`.
    static func isLanguageTag(_ s: String) -> Bool {
        let parts = s.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, !first.isEmpty,
              first.unicodeScalars.allSatisfy({ $0.isASCII && $0.properties.isAlphabetic }) else { return false }
        return parts.dropFirst().allSatisfy { p in
            !p.isEmpty && p.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) }
        }
    }
}
