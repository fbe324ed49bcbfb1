/// The lexical units of SPARQL 1.1 (grammar section 19.8).
enum TokenKind: Equatable, Sendable {
    case iri(String)                       // IRIREF, unresolved
    case prefixedName(prefix: String, local: String)
    case blankNodeLabel(String)
    case variable(String)
    case languageTag(String)
    case integer(String)
    case decimal(String)
    case double(String)
    case string(String)
    case word(String)                      // keywords, `a`, true/false, built-in names (as written)
    case nilList                           // ()
    case anon                              // []
    case punct(String)                     // { } ( ) [ ] . , ; * + - / ! ? ^ | = != < > <= >= && || ^^
    case eof
}

struct Token: Sendable {
    var kind: TokenKind
    var position: SourcePosition

    /// The keyword (upper-cased) when the token is a bare word.
    var keyword: String? {
        if case .word(let w) = kind { return w.uppercased() }
        return nil
    }

    var describe: String {
        switch kind {
        case .iri(let v): return "<\(v)>"
        case .prefixedName(let p, let l): return "\(p):\(l)"
        case .blankNodeLabel(let l): return "_:\(l)"
        case .variable(let v): return "?\(v)"
        case .languageTag(let t): return "@\(t)"
        case .integer(let v), .decimal(let v), .double(let v): return v
        case .string(let s): return "\"\(s)\""
        case .word(let w): return w
        case .nilList: return "()"
        case .anon: return "[]"
        case .punct(let p): return "'\(p)'"
        case .eof: return "end of input"
        }
    }
}
