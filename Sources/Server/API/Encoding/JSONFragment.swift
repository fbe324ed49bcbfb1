import RDF

/// A value on its way to compact JSON: strings and literals are kept as they are (escaped once, when
/// written), containers are boxes their encoders fill in place, and a deferred encoder is read when
/// the whole tree is written (`superEncoder`).
enum JSONFragment {
    case string(String)
    /// A number, `true`, `false` or `null`, already in its JSON form.
    case literal(String)
    case object(JSONObjectBox)
    case array(JSONArrayBox)
    case deferred(FragmentEncoder)

    static var null: JSONFragment { .literal("null") }
    static func bool(_ b: Bool) -> JSONFragment { .literal(b ? "true" : "false") }

    /// Appends the compact JSON of the fragment, object keys in sorted order.
    func write(into out: inout [UInt8]) {
        switch self {
        case .string(let s): JSONEscaping.appendQuoted(s, to: &out)
        case .literal(let text): out.append(contentsOf: text.utf8)
        case .object(let box): box.write(into: &out)
        case .array(let box):
            out.append(UInt8(ascii: "["))
            for (i, item) in box.items.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                item.write(into: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .deferred(let encoder): (encoder.result ?? .object(JSONObjectBox())).write(into: &out)
        }
    }
}
