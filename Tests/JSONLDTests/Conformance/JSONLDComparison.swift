import RDFFormats

/// Compares JSON-LD documents as the test suite asks: arrays are unordered except `@list` values,
/// numbers compare by value.
enum JSONLDComparison {
    static func equal(_ a: JSONValue, _ b: JSONValue, ordered: Bool = false) -> Bool {
        switch (a, b) {
        case (.number(let x), .number(let y)): return x.doubleValue == y.doubleValue
        case (.object(let x), .object(let y)):
            guard x.count == y.count else { return false }
            for (k, v) in x {
                guard let w = y[k], equal(v, w, ordered: k == "@list") else { return false }
            }
            return true
        case (.array(let x), .array(let y)):
            guard x.count == y.count else { return false }
            if ordered { return zip(x, y).allSatisfy { equal($0, $1) } }
            var remaining = y
            for v in x {
                guard let i = remaining.firstIndex(where: { equal(v, $0) }) else { return false }
                remaining.remove(at: i)
            }
            return true
        default:
            return a == b
        }
    }
}
