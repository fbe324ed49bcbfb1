/// Scans the bytes before the root element as they stream in and refuses any DOCTYPE (the
/// formats read with `XMLEventReader` never need one): no DTD, no entity declaration ever
/// reaches libxml2, which rules out entity-expansion bombs and external entities (XXE) before
/// parsing starts. Input that is not UTF-8 (a UTF-16 or UTF-32 byte order) is refused too,
/// since it could hide a DOCTYPE from this byte scan.
public struct PrologGuard: Sendable {
    public static let maxPrologLength = 1 << 16
    /// The name of the format in refusal messages (e.g. "SDMX-ML").
    public let documentKind: String
    public private(set) var done = false
    private var prolog: [UInt8] = []

    public init(documentKind: String = "XML") {
        self.documentKind = documentKind
    }

    /// Feeds the next bytes; returns a refusal message, or nil.
    public mutating func feed(_ bytes: UnsafeRawBufferPointer) -> String? {
        if done { return nil }
        prolog.append(contentsOf: bytes)
        var i = 0
        let b = prolog
        if b.starts(with: [0xEF, 0xBB, 0xBF]) { i = 3 }
        if let first = b.first, first == 0x00 || first == 0xFE || first == 0xFF {
            done = true
            return "only UTF-8 input is accepted"
        }
        while true {
            while i < b.count, b[i] == 0x20 || b[i] == 0x09 || b[i] == 0x0A || b[i] == 0x0D { i += 1 }
            guard i + 1 < b.count else { return needMore(end: bytes.isEmpty) }
            guard b[i] == UInt8(ascii: "<") else { done = true; return nil }  // libxml2 reports it
            if b[i + 1] == UInt8(ascii: "?") {
                guard let end = find([0x3F, 0x3E], in: b, from: i + 2) else { return needMore(end: bytes.isEmpty) }
                i = end + 2
            } else if b[i + 1] == UInt8(ascii: "!") {
                guard i + 4 <= b.count else { return needMore(end: bytes.isEmpty) }
                if b[i + 2] == UInt8(ascii: "-") && b[i + 3] == UInt8(ascii: "-") {
                    guard let end = find([0x2D, 0x2D, 0x3E], in: b, from: i + 4) else { return needMore(end: bytes.isEmpty) }
                    i = end + 3
                } else {
                    done = true
                    return "DOCTYPE and other declarations are not accepted in \(documentKind) (no DTD, no entities)"
                }
            } else {
                done = true
                prolog = []
                return nil
            }
        }
    }

    private mutating func needMore(end: Bool) -> String? {
        if end { done = true; return nil }
        if prolog.count > Self.maxPrologLength {
            done = true
            return "the XML prolog is longer than \(Self.maxPrologLength) bytes"
        }
        return nil
    }

    private func find(_ needle: [UInt8], in b: [UInt8], from start: Int) -> Int? {
        guard b.count >= needle.count else { return nil }
        var k = start
        while k + needle.count <= b.count {
            if b[k] == needle[0] && Array(b[k..<(k + needle.count)]) == needle { return k }
            k += 1
        }
        return nil
    }
}
