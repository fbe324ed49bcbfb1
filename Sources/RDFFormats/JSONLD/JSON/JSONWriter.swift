import RDF

/// Writes `JSONValue`s as text: pretty-printed, compact, or canonical (RFC 8785, JCS).
public enum JSONWriter {
    public struct Options: Sendable {
        public var pretty: Bool
        public var sortKeys: Bool
        public var indent: String
        public init(pretty: Bool = true, sortKeys: Bool = true, indent: String = "  ") {
            self.pretty = pretty; self.sortKeys = sortKeys; self.indent = indent
        }
    }

    public static func write(_ value: JSONValue, options: Options = Options()) -> String {
        var out = ""
        write(value, options: options, level: 0, into: &out)
        return out
    }

    /// The JSON Canonicalization Scheme form: no whitespace, keys sorted by UTF-16 code units,
    /// numbers as ECMAScript prints them.
    public static func canonical(_ value: JSONValue) -> String {
        var out = ""
        canonical(value, into: &out)
        return out
    }

    private static func canonical(_ value: JSONValue, into out: inout String) {
        switch value {
        case .object(let o):
            out += "{"
            let keys = o.keys.sorted { Array($0.utf16).lexicographicallyPrecedes(Array($1.utf16)) }
            for (i, k) in keys.enumerated() {
                if i > 0 { out += "," }
                writeString(k, into: &out)
                out += ":"
                canonical(o[k] ?? .null, into: &out)
            }
            out += "}"
        case .array(let a):
            out += "["
            for (i, v) in a.enumerated() {
                if i > 0 { out += "," }
                canonical(v, into: &out)
            }
            out += "]"
        case .number(let n): out += NumberFormatting.ecmaScript(n.doubleValue)
        default: write(value, options: Options(pretty: false, sortKeys: true), level: 0, into: &out)
        }
    }

    private static func write(_ value: JSONValue, options: Options, level: Int, into out: inout String) {
        switch value {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .number(let n): out += NumberFormatting.json(n)
        case .string(let s): writeString(s, into: &out)
        case .array(let a):
            if a.isEmpty { out += "[]"; return }
            out += "["
            for (i, v) in a.enumerated() {
                if i > 0 { out += "," }
                newline(options, level + 1, &out)
                write(v, options: options, level: level + 1, into: &out)
            }
            newline(options, level, &out)
            out += "]"
        case .object(let o):
            if o.isEmpty { out += "{}"; return }
            out += "{"
            let keys = options.sortKeys ? o.sortedKeys : o.keys
            for (i, k) in keys.enumerated() {
                if i > 0 { out += "," }
                newline(options, level + 1, &out)
                writeString(k, into: &out)
                out += options.pretty ? ": " : ":"
                write(o[k] ?? .null, options: options, level: level + 1, into: &out)
            }
            newline(options, level, &out)
            out += "}"
        }
    }

    private static func newline(_ options: Options, _ level: Int, _ out: inout String) {
        guard options.pretty else { return }
        out += "\n"
        for _ in 0..<level { out += options.indent }
    }

    static func writeString(_ s: String, into out: inout String) {
        JSONEscaping.appendQuoted(s, to: &out)
    }
}
