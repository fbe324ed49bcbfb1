/// Splits SPARQL query text into tokens (grammar section 19.8), tracking line, column and byte offset.
struct Lexer {
    private let chars: [Unicode.Scalar]
    private var index = 0
    private var position = SourcePosition()

    init(_ text: String) {
        chars = Array(text.unicodeScalars)
    }

    /// All tokens of the text, ending with `.eof`.
    static func tokenize(_ text: String) throws(SPARQLSyntaxError) -> [Token] {
        var lexer = Lexer(text)
        var tokens: [Token] = []
        while true {
            let t = try lexer.next()
            tokens.append(t)
            if t.kind == .eof { return tokens }
        }
    }

    private func peek(_ ahead: Int = 0) -> Unicode.Scalar? {
        let i = index + ahead
        return i < chars.count ? chars[i] : nil
    }

    private mutating func advance() {
        guard index < chars.count else { return }
        let c = chars[index]
        index += 1
        position.offset += String(c).utf8.count
        if c == "\n" { position.line += 1; position.column = 1 } else { position.column += 1 }
    }

    private func error(_ message: String, at pos: SourcePosition? = nil) -> SPARQLSyntaxError {
        let p = pos ?? position
        return SPARQLSyntaxError(line: p.line, column: p.column, offset: p.offset, message: message)
    }

    private mutating func skipWhitespaceAndComments() {
        while let c = peek() {
            if c == " " || c == "\t" || c == "\n" || c == "\r" { advance() }
            else if c == "#" { while let d = peek(), d != "\n" && d != "\r" { advance() } }
            else { return }
        }
    }

    mutating func next() throws(SPARQLSyntaxError) -> Token {
        skipWhitespaceAndComments()
        let start = position
        guard let c = peek() else { return Token(kind: .eof, position: start) }
        func tok(_ k: TokenKind) -> Token { Token(kind: k, position: start) }
        switch c {
        case "<":
            if let iri = try scanIRI() { return tok(.iri(iri)) }
            advance()
            if peek() == "=" { advance(); return tok(.punct("<=")) }
            return tok(.punct("<"))
        case "?", "$":
            if let n = peek(1), CharClass.isVarChar(n, first: true) {
                advance()
                var name = ""
                while let d = peek(), CharClass.isVarChar(d, first: false) { name.unicodeScalars.append(d); advance() }
                return tok(.variable(name))
            }
            if c == "$" { throw error("expected a variable name after '$'") }
            advance(); return tok(.punct("?"))
        case "\"", "'":
            return tok(.string(try scanString()))
        case "@":
            advance()
            var tag = ""
            while let d = peek(), CharClass.isAlpha(d) { tag.unicodeScalars.append(d); advance() }
            if tag.isEmpty { throw error("expected a language tag after '@'", at: start) }
            while peek() == "-", let d = peek(1), CharClass.isAlpha(d) || CharClass.isDigit(d) {
                tag += "-"; advance()
                while let d = peek(), CharClass.isAlpha(d) || CharClass.isDigit(d) { tag.unicodeScalars.append(d); advance() }
            }
            return tok(.languageTag(tag))
        case "_" where peek(1) == ":":
            advance(); advance()
            guard let f = peek(), CharClass.isPNCharsU(f) || CharClass.isDigit(f) else {
                throw error("expected a blank node label after '_:'")
            }
            return tok(.blankNodeLabel(scanName(allowColon: false)))
        case "(":
            if let close = lookPastWhitespace(from: index + 1), chars[close] == ")" {
                while index <= close { advance() }
                return tok(.nilList)
            }
            advance(); return tok(.punct("("))
        case "[":
            if let close = lookPastWhitespace(from: index + 1), chars[close] == "]" {
                while index <= close { advance() }
                return tok(.anon)
            }
            advance(); return tok(.punct("["))
        case "0"..."9":
            return tok(try scanNumber())
        case ".":
            if let d = peek(1), CharClass.isDigit(d) { return tok(try scanNumber()) }
            advance(); return tok(.punct("."))
        case ":":
            advance()
            return tok(.prefixedName(prefix: "", local: try scanLocal()))
        default:
            break
        }
        if CharClass.isPNCharsBase(c) { return tok(try scanWordOrPrefixedName()) }
        let two: [String] = ["^^", "&&", "||", "!=", ">="]
        if let n = peek(1) {
            let pair = String(c) + String(n)
            if two.contains(pair) { advance(); advance(); return tok(.punct(pair)) }
        }
        if "{}()[].,;*+-/!?^|=>".unicodeScalars.contains(c) {
            advance(); return tok(.punct(String(c)))
        }
        throw error("unexpected character '\(String(c))'")
    }

    private func lookPastWhitespace(from i: Int) -> Int? {
        var j = i
        while j < chars.count, chars[j] == " " || chars[j] == "\t" || chars[j] == "\n" || chars[j] == "\r" { j += 1 }
        return j < chars.count ? j : nil
    }

    /// An IRIREF when one starts here; nil (consuming nothing) when `<` is an operator.
    private mutating func scanIRI() throws(SPARQLSyntaxError) -> String? {
        var j = index + 1
        while j < chars.count {
            let d = chars[j]
            if d == ">" { break }
            if d.value <= 0x20 || "<\"{}|^`".unicodeScalars.contains(d) { return nil }
            j += 1
        }
        guard j < chars.count else { return nil }
        advance()
        var out = ""
        while let d = peek(), d != ">" {
            if d == "\\" {
                out.unicodeScalars.append(try scanUnicodeEscape())
            } else { out.unicodeScalars.append(d); advance() }
        }
        advance()
        return out
    }

    private mutating func scanUnicodeEscape() throws(SPARQLSyntaxError) -> Unicode.Scalar {
        let start = position
        advance()
        let n: Int
        switch peek() {
        case "u": n = 4
        case "U": n = 8
        default: throw error("invalid escape sequence", at: start)
        }
        advance()
        var v: UInt32 = 0
        for _ in 0..<n {
            guard let d = peek(), let h = CharClass.hexValue(d) else { throw error("invalid \\u escape", at: start) }
            v = v * 16 + h
            advance()
        }
        guard let s = Unicode.Scalar(v) else { throw error("invalid code point in escape", at: start) }
        return s
    }

    private mutating func scanString() throws(SPARQLSyntaxError) -> String {
        let start = position
        guard let q = peek() else { throw error("unterminated string") }
        let long = peek(1) == q && peek(2) == q
        if long { advance(); advance(); advance() } else { advance() }
        var out = ""
        while true {
            guard let d = peek() else { throw error("unterminated string literal", at: start) }
            if long {
                if d == q && peek(1) == q && peek(2) == q {
                    // A long string may end with up to two extra quotes.
                    if peek(3) == q { out.unicodeScalars.append(d); advance(); continue }
                    advance(); advance(); advance(); return out
                }
            } else {
                if d == q { advance(); return out }
                if d == "\n" || d == "\r" { throw error("newline in a short string literal", at: start) }
            }
            if d == "\\" {
                switch peek(1) {
                case "t": out += "\t"
                case "b": out += "\u{08}"
                case "n": out += "\n"
                case "r": out += "\r"
                case "f": out += "\u{0C}"
                case "\"": out += "\""
                case "'": out += "'"
                case "\\": out += "\\"
                case "u", "U": out.unicodeScalars.append(try scanUnicodeEscape()); continue
                default: throw error("invalid escape sequence in string")
                }
                advance(); advance()
                continue
            }
            out.unicodeScalars.append(d)
            advance()
        }
    }

    private mutating func scanNumber() throws(SPARQLSyntaxError) -> TokenKind {
        var text = ""
        while let d = peek(), CharClass.isDigit(d) { text.unicodeScalars.append(d); advance() }
        var isDecimal = false
        if peek() == ".", let d = peek(1), CharClass.isDigit(d) || ((d == "e" || d == "E") && !text.isEmpty && exponentFollows(at: index + 1)) {
            isDecimal = true
            text += "."; advance()
            while let d = peek(), CharClass.isDigit(d) { text.unicodeScalars.append(d); advance() }
        }
        if let e = peek(), e == "e" || e == "E", exponentFollows(at: index) {
            text.unicodeScalars.append(e); advance()
            if let s = peek(), s == "+" || s == "-" { text.unicodeScalars.append(s); advance() }
            while let d = peek(), CharClass.isDigit(d) { text.unicodeScalars.append(d); advance() }
            return .double(text)
        }
        return isDecimal ? .decimal(text) : .integer(text)
    }

    private func exponentFollows(at i: Int) -> Bool {
        guard i < chars.count, chars[i] == "e" || chars[i] == "E" else { return false }
        var j = i + 1
        if j < chars.count, chars[j] == "+" || chars[j] == "-" { j += 1 }
        return j < chars.count && CharClass.isDigit(chars[j])
    }

    /// A run of name characters with inner dots (PN_PREFIX / BLANK_NODE_LABEL shape).
    private mutating func scanName(allowColon: Bool) -> String {
        var out = ""
        while let d = peek() {
            if CharClass.isPNChars(d) || (allowColon && d == ":") { out.unicodeScalars.append(d); advance(); continue }
            if d == ".", let n = peek(1), CharClass.isPNChars(n) || (allowColon && n == ":") {
                out += "."; advance(); continue
            }
            break
        }
        return out
    }

    private mutating func scanWordOrPrefixedName() throws(SPARQLSyntaxError) -> TokenKind {
        let saveIndex = index, savePos = position
        let name = scanName(allowColon: false)
        if peek() == ":" {
            advance()
            return .prefixedName(prefix: name, local: try scanLocal())
        }
        index = saveIndex; position = savePos
        var word = ""
        while let d = peek(), CharClass.isAlpha(d) || CharClass.isDigit(d) || d == "_" { word.unicodeScalars.append(d); advance() }
        if word.isEmpty { throw error("unexpected character") }
        return .word(word)
    }

    /// PN_LOCAL, with `\` escapes removed and `%xx` kept.
    private mutating func scanLocal() throws(SPARQLSyntaxError) -> String {
        var out = ""
        var first = true
        while let d = peek() {
            if d == "\\" {
                guard let e = peek(1), "_~.-!$&'()*+,;=/?#@%".unicodeScalars.contains(e) else {
                    throw error("invalid escape in local name")
                }
                out.unicodeScalars.append(e); advance(); advance()
            } else if d == "%" {
                guard let h1 = peek(1), let h2 = peek(2), CharClass.hexValue(h1) != nil, CharClass.hexValue(h2) != nil else {
                    throw error("invalid percent escape in local name")
                }
                out.unicodeScalars.append(d); out.unicodeScalars.append(h1); out.unicodeScalars.append(h2)
                advance(); advance(); advance()
            } else if CharClass.isPNCharsU(d) || d == ":" || CharClass.isDigit(d) || (!first && CharClass.isPNChars(d)) {
                out.unicodeScalars.append(d); advance()
            } else if d == ".", !first, let n = peek(1),
                      CharClass.isPNChars(n) || n == ":" || n == "%" || n == "\\" || n == "." {
                // A dot inside a local name, not at its end.
                var j = index
                while j < chars.count, chars[j] == "." { j += 1 }
                guard j < chars.count, CharClass.isPNChars(chars[j]) || chars[j] == ":" || chars[j] == "%" || chars[j] == "\\" else { break }
                out += "."; advance()
            } else { break }
            first = false
        }
        return out
    }
}
