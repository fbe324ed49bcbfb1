import RDF

/// The members of a JSON object, kept sorted by key; a key set twice keeps its last value (as with
/// `JSONEncoder`).
final class JSONObjectBox {
    private(set) var fields: [(key: String, value: JSONFragment)] = []

    init() { fields.reserveCapacity(16) }

    /// Sets `key` (members mostly arrive in declaration order: the place is searched from the end).
    func set(_ key: String, _ value: JSONFragment) {
        var i = fields.count
        while i > 0, key < fields[i - 1].key { i -= 1 }
        if i > 0, fields[i - 1].key == key { fields[i - 1].value = value } else { fields.insert((key, value), at: i) }
    }

    func value(for key: String) -> JSONFragment? { fields.first { $0.key == key }?.value }

    func write(into out: inout [UInt8]) {
        out.append(UInt8(ascii: "{"))
        for (i, field) in fields.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            JSONEscaping.appendQuoted(field.key, to: &out)
            out.append(UInt8(ascii: ":"))
            field.value.write(into: &out)
        }
        out.append(UInt8(ascii: "}"))
    }
}
