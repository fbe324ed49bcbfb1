/// A backtracking matcher for the common subset of XPath regular expressions: literal characters,
/// `.`, `\d`, character classes with ranges, the quantifiers `* + ? {n} {n,} {n,m}`, and `^`/`$`
/// anchoring the whole input; flags "" or "i" with ASCII-only case folding. `init` returns nil for
/// anything else (groups, alternation, other escapes or flags), and the caller uses ICU instead.
struct SimpleRegex {
    enum Atom {
        case scalar(UInt32)
        case any
        case digit(negated: Bool)
        case set(ranges: [ClosedRange<UInt32>], negated: Bool)
    }

    struct Node {
        var atom: Atom
        var min: Int
        var max: Int
    }

    let nodes: [Node]
    let anchoredStart: Bool
    let anchoredEnd: Bool
    let caseInsensitive: Bool

    /// Why a match attempt gave up: the text needs Unicode case folding, or backtracking ran long.
    struct Unsupported: Error {}

    init?(_ pattern: String, flags: String) {
        // ICU (NSRegularExpression) rejects the empty pattern: so does REGEX, through the fallback.
        guard flags.isEmpty || flags == "i", !pattern.isEmpty else { return nil }
        caseInsensitive = flags == "i"
        var p = Array(pattern.unicodeScalars.map(\.value))[...]
        anchoredStart = p.first == 0x5E  // ^
        if anchoredStart { p = p.dropFirst() }
        anchoredEnd = p.last == 0x24 && !(p.dropLast().reversed().prefix { $0 == 0x5C }.count % 2 == 1)  // $ not escaped
        if anchoredEnd { p = p.dropLast() }
        var nodes: [Node] = []
        while let c = p.popFirst() {
            let atom: Atom
            switch c {
            case 0x2E: atom = .any
            case 0x5C:
                guard let e = p.popFirst(), let a = Self.escape(e, inClass: false) else { return nil }
                atom = a
            case 0x5B:
                guard let a = Self.parseClass(&p) else { return nil }
                atom = a
            case 0x2A, 0x2B, 0x3F, 0x7B, 0x7D, 0x28, 0x29, 0x7C, 0x5D, 0x5E, 0x24: return nil
            default: atom = .scalar(c)
            }
            var node = Node(atom: atom, min: 1, max: 1)
            if let q = p.first {
                switch q {
                case 0x2A: node.min = 0; node.max = .max; p = p.dropFirst()
                case 0x2B: node.max = .max; p = p.dropFirst()
                case 0x3F: node.min = 0; p = p.dropFirst()
                case 0x7B:
                    guard let (lo, hi) = Self.parseBraces(&p) else { return nil }
                    node.min = lo; node.max = hi
                default: break
                }
                if let next = p.first, node.max != 1 || node.min != 1, next == 0x3F || next == 0x2B || next == 0x2A || next == 0x7B {
                    return nil  // lazy, possessive or stacked quantifiers
                }
            }
            nodes.append(node)
        }
        if caseInsensitive {
            // Only ASCII in the pattern: Unicode case closure is left to ICU.
            for n in nodes {
                switch n.atom {
                case .scalar(let v) where v >= 0x80: return nil
                case .set(let ranges, _) where ranges.contains(where: { $0.upperBound >= 0x80 }): return nil
                default: break
                }
            }
            self.nodes = nodes.map { n in
                if case .scalar(let v) = n.atom { return Node(atom: .scalar(Self.lower(v)), min: n.min, max: n.max) }
                return n
            }
        } else {
            self.nodes = nodes
        }
    }

    private static func escape(_ e: UInt32, inClass: Bool) -> Atom? {
        switch e {
        case 0x6E: return .scalar(0x0A)
        case 0x72: return .scalar(0x0D)
        case 0x74: return .scalar(0x09)
        case 0x64 where !inClass: return .digit(negated: false)
        case 0x44 where !inClass: return .digit(negated: true)
        case 0x5C, 0x7C, 0x2E, 0x2D, 0x5E, 0x3F, 0x2A, 0x2B, 0x7B, 0x7D, 0x28, 0x29, 0x5B, 0x5D, 0x24:
            return .scalar(e)
        default: return nil
        }
    }

    /// A class after its `[`: items, ranges, a leading `^`; nested classes and subtraction are left to ICU.
    private static func parseClass(_ p: inout ArraySlice<UInt32>) -> Atom? {
        var negated = false
        if p.first == 0x5E { negated = true; p = p.dropFirst() }
        var ranges: [ClosedRange<UInt32>] = []
        while let c = p.popFirst() {
            if c == 0x5D { return ranges.isEmpty ? nil : .set(ranges: ranges, negated: negated) }
            if c == 0x7B || (c == 0x26 && p.first == 0x26) { return nil }  // ICU set strings, intersection
            guard let lo = item(c, &p) else { return nil }
            if p.first == 0x2D, let after = p.dropFirst().first, after != 0x5D {
                p = p.dropFirst()
                guard let hc = p.popFirst(), let hi = item(hc, &p), lo <= hi else { return nil }
                if p.first == 0x2D, p.dropFirst().first != 0x5D { return nil }  // "a-c-e" or subtraction
                ranges.append(lo...hi)
            } else {
                ranges.append(lo...lo)
            }
        }
        return nil
    }

    private static func item(_ c: UInt32, _ p: inout ArraySlice<UInt32>) -> UInt32? {
        switch c {
        case 0x5B: return nil
        case 0x5C:
            guard let e = p.popFirst(), case .scalar(let v)? = escape(e, inClass: true) else { return nil }
            return v
        default: return c
        }
    }

    private static func parseBraces(_ p: inout ArraySlice<UInt32>) -> (Int, Int)? {
        p = p.dropFirst()
        func number() -> Int? {
            var n = 0, digits = 0
            while let c = p.first, c >= 0x30 && c <= 0x39, digits < 6 { n = n * 10 + Int(c - 0x30); digits += 1; p = p.dropFirst() }
            return digits == 0 ? nil : n
        }
        guard let lo = number() else { return nil }
        var hi = lo
        if p.first == 0x2C {
            p = p.dropFirst()
            hi = p.first == 0x7D ? .max : (number() ?? -1)
        }
        guard p.popFirst() == 0x7D, hi >= lo else { return nil }
        return (lo, hi)
    }

    @inline(__always) static func lower(_ v: UInt32) -> UInt32 { v >= 0x41 && v <= 0x5A ? v | 0x20 : v }
    @inline(__always) static func upper(_ v: UInt32) -> UInt32 { v >= 0x61 && v <= 0x7A ? v & ~0x20 : v }

    @inline(__always)
    private func accepts(_ atom: Atom, _ c: UInt32) -> Bool {
        switch atom {
        case .scalar(let v): return (caseInsensitive ? Self.lower(c) : c) == v
        case .any:
            return !(c == 0x0A || c == 0x0B || c == 0x0C || c == 0x0D || c == 0x85 || c == 0x2028 || c == 0x2029)
        case .digit(let negated):
            let isDigit = c >= 0x30 && c <= 0x39
                || (c >= 0x80 && Unicode.Scalar(c)?.properties.generalCategory == .decimalNumber)
            return isDigit != negated
        case .set(let ranges, let negated):
            var found = ranges.contains { $0.contains(c) }
            if !found && caseInsensitive && c < 0x80 {
                let l = Self.lower(c), u = Self.upper(c)
                found = ranges.contains { $0.contains(l) || $0.contains(u) }
            }
            return found != negated
        }
    }

    /// Whether some substring of `text` (whole scalars) matches; throws `Unsupported` when the
    /// answer needs ICU (backtracking budget spent).
    func matches<C: RandomAccessCollection>(_ text: C) throws -> Bool where C.Index == Int, C.Element: FixedWidthInteger {
        var budget = 100_000
        let n = text.count
        func at(_ i: Int) -> UInt32 { UInt32(truncatingIfNeeded: text[text.startIndex + i]) }
        func match(_ k: Int, _ i: Int) throws -> Bool {
            budget -= 1
            if budget < 0 { throw Unsupported() }
            if k == nodes.count { return !anchoredEnd || i == n }
            let node = nodes[k]
            var count = 0
            while count < node.max && i + count < n && accepts(node.atom, at(i + count)) { count += 1 }
            if count < node.min { return false }
            while true {
                if try match(k + 1, i + count) { return true }
                if count == node.min { return false }
                count -= 1
            }
        }
        if anchoredStart { return try match(0, 0) }
        for start in 0...n where try match(0, start) { return true }
        return false
    }
}
