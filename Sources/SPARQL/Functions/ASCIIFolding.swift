/// CONTAINS / STRSTARTS / STRENDS on a string's LCASE or UCASE without building the mapped
/// string when the text is ASCII (the common case); Unicode case mapping otherwise.
enum ASCIIFolding {
    enum Mapping { case lower, upper }

    /// `test(mapping(text), needle)` by UTF-8 bytes, which is by code points.
    static func test(_ test: ExpressionFunctions.StringTest, _ text: String, _ mapping: Mapping?,
                     _ needle: [UInt8]) -> Bool {
        var text = text
        guard let mapping else { return text.withUTF8 { occurs(test, $0, needle) { $0 } } }
        let ascii = text.withUTF8 { b in b.allSatisfy { $0 < 0x80 } }
        if !ascii {
            var mapped = mapping == .lower ? text.lowercased() : text.uppercased()
            return mapped.withUTF8 { occurs(test, $0, needle) { $0 } }
        }
        switch mapping {
        case .lower: return text.withUTF8 { occurs(test, $0, needle) { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 } }
        case .upper: return text.withUTF8 { occurs(test, $0, needle) { $0 >= 0x61 && $0 <= 0x7A ? $0 & 0xDF : $0 } }
        }
    }

    @inline(__always)
    private static func occurs(_ test: ExpressionFunctions.StringTest, _ hay: UnsafeBufferPointer<UInt8>,
                               _ needle: [UInt8], _ map: (UInt8) -> UInt8) -> Bool {
        let n = needle.count, h = hay.count
        if n > h { return false }
        func at(_ i: Int) -> Bool {
            for j in 0..<n where map(hay[i + j]) != needle[j] { return false }
            return true
        }
        switch test {
        case .starts: return at(0)
        case .ends: return at(h - n)
        case .contains:
            if n == 0 { return true }
            for i in 0...(h - n) where at(i) { return true }
            return false
        }
    }
}
