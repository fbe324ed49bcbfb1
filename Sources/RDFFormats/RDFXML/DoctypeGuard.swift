/// Scans the prolog of an XML document (the bytes before the root element) as it streams in,
/// and refuses what could make libxml2 read a file, reach the network or expand entities
/// without bound: external DTDs, external and parameter entities, and (under
/// `DTDPolicy.refuseEntities`) any entity declaration. It also refuses encodings whose bytes it
/// could not read as ASCII (UTF-16, UTF-32, UTF-7, EBCDIC), since those would hide a DOCTYPE.
///
/// Once the root element starts, the guard is done and costs nothing more.
struct DoctypeGuard {
    static let maxPrologLength = 1 << 20
    static let maxEntityValueLength = 1024
    static let maxEntityCount = 512

    enum Outcome: Equatable { case needMore, rootReached, refused(String) }

    /// Why the prolog was refused, and where (1-based line and byte column of the offending construct).
    struct Refusal: Error, Equatable {
        var message: String
        var line: Int
        var column: Int
    }

    let policy: DTDPolicy
    private(set) var done = false
    private var prolog: [UInt8] = []
    /// Prolog bytes already scanned and dropped (complete comments, PIs, whitespace).
    private var dropped = 0
    /// Line breaks in the dropped bytes, and the bytes after the last one (for positions).
    private var droppedLines = 0
    private var droppedColumn = 0

    init(policy: DTDPolicy) { self.policy = policy }

    /// Feeds the next bytes (empty at the end of input); returns the refusal, or nil.
    mutating func feed(_ bytes: UnsafeRawBufferPointer) -> Refusal? {
        if done { return nil }
        prolog.append(contentsOf: bytes)
        var scanner = Scanner(bytes: prolog, policy: policy, atDocumentStart: dropped == 0)
        let outcome = scanner.scanProlog()
        if outcome == .needMore && scanner.resumePoint > 0 {
            advancePosition(over: prolog[..<scanner.resumePoint])
            prolog.removeFirst(scanner.resumePoint)
            dropped += scanner.resumePoint
        }
        switch outcome {
        case .rootReached:
            done = true; prolog = []
            return nil
        case .refused(let message):
            let refusal = self.refusal(message, at: min(scanner.refusalAt ?? scanner.i, prolog.count))
            done = true; prolog = []
            return refusal
        case .needMore:
            if bytes.isEmpty { done = true; prolog = []; return nil }  // end of input: libxml2 reports it
            if prolog.count + dropped > Self.maxPrologLength {
                let refusal = self.refusal("the XML prolog (DOCTYPE) is longer than \(Self.maxPrologLength) bytes", at: 0)
                done = true
                return refusal
            }
            return nil
        }
    }

    /// The refusal with the position of `offset` in the retained prolog bytes.
    private func refusal(_ message: String, at offset: Int) -> Refusal {
        var line = droppedLines, column = droppedColumn
        for b in prolog[..<offset] {
            if b == 0x0A { line += 1; column = 0 } else { column += 1 }
        }
        return Refusal(message: message, line: line + 1, column: column + 1)
    }

    private mutating func advancePosition(over bytes: ArraySlice<UInt8>) {
        for b in bytes {
            if b == 0x0A { droppedLines += 1; droppedColumn = 0 } else { droppedColumn += 1 }
        }
    }
}

extension DoctypeGuard {
    /// A one-shot scan over the prolog bytes seen so far.
    struct Scanner {
        let b: [UInt8]
        let policy: DTDPolicy
        let atDocumentStart: Bool
        var i = 0
        var entityCount = 0
        /// Where a later scan may resume: the end of the last complete comment or PI.
        var resumePoint = 0
        /// Where the construct being refused starts (nil: at `i`).
        var refusalAt: Int?

        init(bytes: [UInt8], policy: DTDPolicy, atDocumentStart: Bool) {
            b = bytes; self.policy = policy; self.atDocumentStart = atDocumentStart
        }

        mutating func scanProlog() -> Outcome {
            if atDocumentStart {
                if b.count < 2 { return .needMore }
                if let refusal = earlyEncodingCheck() { return refusal }
                if b.starts(with: [0xEF, 0xBB, 0xBF]) { i = 3 }
            }
            while true {
                skipSpace()
                resumePoint = i
                guard i < b.count else { return .needMore }
                guard b[i] == UInt8(ascii: "<") else { return .rootReached }
                guard i + 1 < b.count else { return .needMore }
                switch b[i + 1] {
                case UInt8(ascii: "?"):
                    let start = i
                    guard let end = find("?>", from: i + 2) else { return .needMore }
                    if atDocumentStart, start <= 3, hasPrefix("<?xml", at: start), let refusal = checkDeclaredEncoding(start..<end) {
                        refusalAt = start
                        return refusal
                    }
                    i = end + 2
                case UInt8(ascii: "!"):
                    if hasPrefix("<!--", at: i) {
                        guard let end = find("-->", from: i + 4) else { return .needMore }
                        i = end + 3
                    } else if i + 9 > b.count {
                        return .needMore
                    } else if hasPrefix("<!DOCTYPE", at: i) {
                        i += 9
                        let outcome = scanDoctype()
                        if outcome != .rootReached { return outcome }  // rootReached here = doctype finished
                    } else {
                        return .rootReached  // not a prolog construct: libxml2 reports it
                    }
                default:
                    return .rootReached
                }
            }
        }

        /// Returns `.rootReached` when the DOCTYPE declaration ended normally.
        mutating func scanDoctype() -> Outcome {
            skipSpace()
            while i < b.count, !isSpace(b[i]), b[i] != UInt8(ascii: "["), b[i] != UInt8(ascii: ">") { i += 1 }
            skipSpace()
            guard i < b.count else { return .needMore }
            if b[i] == UInt8(ascii: "S") || b[i] == UInt8(ascii: "P") {
                return .refused("DOCTYPE with an external DTD (SYSTEM/PUBLIC identifier) is refused")
            }
            if b[i] == UInt8(ascii: "[") {
                i += 1
                let outcome = scanInternalSubset()
                if outcome != .rootReached { return outcome }
                skipSpace()
                guard i < b.count else { return .needMore }
            }
            guard b[i] == UInt8(ascii: ">") else { return .refused("malformed DOCTYPE declaration") }
            i += 1
            return .rootReached
        }

        mutating func scanInternalSubset() -> Outcome {
            while true {
                skipSpace()
                guard i < b.count else { return .needMore }
                if b[i] == UInt8(ascii: "]") { i += 1; return .rootReached }
                if b[i] == UInt8(ascii: "%") { return .refused("parameter-entity references in the DOCTYPE are refused") }
                guard b[i] == UInt8(ascii: "<"), i + 1 < b.count else {
                    return i + 1 >= b.count ? .needMore : .refused("unexpected content in the DOCTYPE internal subset")
                }
                if hasPrefix("<!--", at: i) {
                    guard let end = find("-->", from: i + 4) else { return .needMore }
                    i = end + 3
                } else if b[i + 1] == UInt8(ascii: "?") {
                    guard let end = find("?>", from: i + 2) else { return .needMore }
                    i = end + 2
                } else if i + 8 > b.count {
                    return .needMore
                } else if hasPrefix("<!ENTITY", at: i) {
                    refusalAt = i
                    i += 8
                    let outcome = scanEntityDeclaration()
                    if outcome != .rootReached { return outcome }
                    refusalAt = nil
                } else if b[i + 1] == UInt8(ascii: "!") {
                    let outcome = skipDeclaration()
                    if outcome != .rootReached { return outcome }
                } else {
                    return .refused("unexpected content in the DOCTYPE internal subset")
                }
            }
        }

        mutating func scanEntityDeclaration() -> Outcome {
            skipSpace()
            guard i < b.count else { return .needMore }
            if b[i] == UInt8(ascii: "%") { return .refused("parameter-entity declarations are refused") }
            let nameStart = i
            while i < b.count, !isSpace(b[i]), b[i] != UInt8(ascii: ">") { i += 1 }
            let name = String(decoding: b[nameStart..<i], as: UTF8.self)
            skipSpace()
            guard i < b.count else { return .needMore }
            if b[i] == UInt8(ascii: "S") || b[i] == UInt8(ascii: "P") {
                return .refused("external entity \"\(name)\" (SYSTEM/PUBLIC) is refused")
            }
            guard b[i] == UInt8(ascii: "\"") || b[i] == UInt8(ascii: "'") else {
                return .refused("malformed declaration of entity \"\(name)\"")
            }
            let quote = b[i]
            guard let close = b[(i + 1)...].firstIndex(of: quote) else { return .needMore }
            let value = b[(i + 1)..<close]
            i = close + 1
            if policy == .refuseEntities {
                return .refused("entity declarations are refused in untrusted RDF/XML (entity \"\(name)\")")
            }
            if value.contains(UInt8(ascii: "&")) || value.contains(UInt8(ascii: "%")) || value.contains(UInt8(ascii: "<")) {
                return .refused("entity \"\(name)\" refers to other entities or contains markup; refused")
            }
            if value.count > DoctypeGuard.maxEntityValueLength {
                return .refused("entity \"\(name)\" is longer than \(DoctypeGuard.maxEntityValueLength) bytes; refused")
            }
            entityCount += 1
            if entityCount > DoctypeGuard.maxEntityCount {
                return .refused("more than \(DoctypeGuard.maxEntityCount) entity declarations; refused")
            }
            skipSpace()
            guard i < b.count else { return .needMore }
            guard b[i] == UInt8(ascii: ">") else { return .refused("unexpected content in the declaration of entity \"\(name)\"") }
            i += 1
            return .rootReached
        }

        /// Skips `<!ELEMENT …>`, `<!ATTLIST …>`, `<!NOTATION …>` (quotes respected).
        mutating func skipDeclaration() -> Outcome {
            var quote: UInt8? = nil
            i += 2
            while i < b.count {
                let c = b[i]
                if let q = quote { if c == q { quote = nil } }
                else if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") { quote = c }
                else if c == UInt8(ascii: ">") { i += 1; return .rootReached }
                i += 1
            }
            return .needMore
        }

        func earlyEncodingCheck() -> Outcome? {
            guard let first = b.first else { return nil }
            if first == 0x00 || first == 0xFE || first == 0xFF || first == 0x4C || first == 0x2B
                || (b.count > 1 && first == UInt8(ascii: "<") && b[1] == 0x00) {
                return .refused("only UTF-8 and ASCII-compatible encodings are accepted")
            }
            return nil
        }

        func checkDeclaredEncoding(_ range: Range<Int>) -> Outcome? {
            guard let at = find("encoding", from: range.lowerBound), at < range.upperBound else { return nil }
            let rest = String(decoding: b[(at + 8)..<range.upperBound], as: UTF8.self).drop { $0 == " " || $0 == "=" || $0 == "\t" || $0 == "\n" || $0 == "\r" }
            guard let q = rest.first, q == "\"" || q == "'" else { return nil }
            let name = rest.dropFirst().prefix { $0 != q }.lowercased()
            let accepted = ["utf-8", "utf8", "us-ascii", "ascii", "latin1", "iso-latin-1"]
            if accepted.contains(name) || name.hasPrefix("iso-8859-") || name.hasPrefix("iso8859-")
                || name.hasPrefix("windows-125") || name.hasPrefix("cp125") {
                return nil
            }
            return .refused("encoding \"\(name)\" is not accepted (use UTF-8)")
        }

        mutating func skipSpace() { while i < b.count, isSpace(b[i]) { i += 1 } }
        func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D }

        func hasPrefix(_ s: StaticString, at index: Int) -> Bool {
            let n = s.utf8CodeUnitCount
            guard index + n <= b.count else { return false }
            return s.withUTF8Buffer { p in
                for k in 0..<n where b[index + k] != p[k] { return false }
                return true
            }
        }

        func find(_ s: StaticString, from start: Int) -> Int? {
            let n = s.utf8CodeUnitCount
            let first = s.utf8Start.pointee
            var k = start
            while k + n <= b.count {
                if b[k] == first && hasPrefix(s, at: k) { return k }
                k += 1
            }
            return nil
        }
    }
}
