/// Character classes of the SPARQL grammar (PN_CHARS_BASE and friends).
enum CharClass {
    static func isAlpha(_ c: Unicode.Scalar) -> Bool {
        (c >= "a" && c <= "z") || (c >= "A" && c <= "Z")
    }
    static func isDigit(_ c: Unicode.Scalar) -> Bool { c >= "0" && c <= "9" }

    static func hexValue(_ c: Unicode.Scalar) -> UInt32? {
        switch c {
        case "0"..."9": return c.value - 0x30
        case "a"..."f": return c.value - 0x61 + 10
        case "A"..."F": return c.value - 0x41 + 10
        default: return nil
        }
    }

    static func isPNCharsBase(_ c: Unicode.Scalar) -> Bool {
        if isAlpha(c) { return true }
        let v = c.value
        return (0xC0...0xD6).contains(v) || (0xD8...0xF6).contains(v) || (0xF8...0x2FF).contains(v)
            || (0x370...0x37D).contains(v) || (0x37F...0x1FFF).contains(v) || (0x200C...0x200D).contains(v)
            || (0x2070...0x218F).contains(v) || (0x2C00...0x2FEF).contains(v) || (0x3001...0xD7FF).contains(v)
            || (0xF900...0xFDCF).contains(v) || (0xFDF0...0xFFFD).contains(v) || (0x10000...0xEFFFF).contains(v)
    }

    static func isPNCharsU(_ c: Unicode.Scalar) -> Bool { isPNCharsBase(c) || c == "_" }

    static func isPNChars(_ c: Unicode.Scalar) -> Bool {
        if isPNCharsU(c) || c == "-" || isDigit(c) { return true }
        let v = c.value
        return v == 0xB7 || (0x300...0x36F).contains(v) || (0x203F...0x2040).contains(v)
    }

    static func isVarChar(_ c: Unicode.Scalar, first: Bool) -> Bool {
        if isPNCharsU(c) || isDigit(c) { return true }
        if first { return false }
        let v = c.value
        return v == 0xB7 || (0x300...0x36F).contains(v) || (0x203F...0x2040).contains(v)
    }
}
