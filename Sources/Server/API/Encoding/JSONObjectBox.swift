import RDF

/// The members of a JSON object in the order they were encoded; a key encoded twice keeps its last value.
final class JSONObjectBox {
    var fields: [(key: String, value: JSONFragment)] = []

    init() { fields.reserveCapacity(16) }

    func set(_ key: String, _ value: JSONFragment) { fields.append((key, value)) }

    /// The value last set for `key`.
    func value(for key: String) -> JSONFragment? { fields.last { $0.key == key }?.value }

    func write(into out: inout String) {
        out += "{"
        // Sorted by key, then by position, so that the last of equal keys is the one kept.
        let order = fields.indices.sorted { a, b in
            fields[a].key != fields[b].key ? fields[a].key < fields[b].key : a < b
        }
        var first = true
        for (n, i) in order.enumerated() {
            if n + 1 < order.count, fields[order[n + 1]].key == fields[i].key { continue }
            if !first { out += "," }
            first = false
            JSONEscaping.appendQuoted(fields[i].key, to: &out)
            out += ":"
            fields[i].value.write(into: &out)
        }
        out += "}"
    }
}
