/// A REGEX pattern compiled once per query: `SimpleRegex` when the pattern is simple enough,
/// ICU (`XPathRegex`) otherwise, and for the texts the simple matcher cannot answer exactly.
final class CompiledRegex {
    private let simple: SimpleRegex?
    private let pattern: String
    private let flags: String
    private var icu: XPathRegex?
    /// Non-ASCII scalars already checked for case mappings that reach ASCII (KELVIN SIGN, ß, ı…).
    private var foldsToASCII: [UInt32: Bool] = [:]

    /// Throws `ExpressionError.invalidArgument` for an invalid pattern or flag.
    init(_ pattern: String, flags: String) throws {
        self.pattern = pattern
        self.flags = flags
        simple = SimpleRegex(pattern, flags: flags)
        if simple == nil { icu = try XPathRegex(pattern, flags: flags) }
    }

    func matches(_ text: String) throws -> Bool {
        guard let simple else { return try icuRegex().matches(text) }
        do {
            let ascii = text.utf8.withContiguousStorageIfAvailable { b in
                b.allSatisfy { $0 < 0x80 } ? try? simple.matches(b) : nil
            }
            if let ascii, let answer = ascii { return answer }
            let scalars = text.unicodeScalars.map(\.value)
            if simple.caseInsensitive, scalars.contains(where: { $0 >= 0x80 && reachesASCII($0) }) {
                return try icuRegex().matches(text)
            }
            return try simple.matches(scalars)
        } catch is SimpleRegex.Unsupported {
            return try icuRegex().matches(text)
        }
    }

    private func icuRegex() throws -> XPathRegex {
        if let icu { return icu }
        let re = try XPathRegex(pattern, flags: flags)
        icu = re
        return re
    }

    /// True when case-insensitive matching could pair `v` with an ASCII character.
    private func reachesASCII(_ v: UInt32) -> Bool {
        if let known = foldsToASCII[v] { return known }
        var result = false
        if let scalar = Unicode.Scalar(v), scalar.properties.changesWhenCaseMapped {
            let p = scalar.properties
            result = (p.lowercaseMapping + p.uppercaseMapping + p.titlecaseMapping).unicodeScalars.contains { $0.isASCII }
        }
        foldsToASCII[v] = result
        return result
    }
}
