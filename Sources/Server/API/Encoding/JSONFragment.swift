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

    /// Appends the compact JSON of the fragment, object keys in sorted order.
    func write(into out: inout String) {
        switch self {
        case .string(let s): JSONEscaping.appendQuoted(s, to: &out)
        case .literal(let text): out += text
        case .object(let box): box.write(into: &out)
        case .array(let box):
            out += "["
            for (i, item) in box.items.enumerated() {
                if i > 0 { out += "," }
                item.write(into: &out)
            }
            out += "]"
        case .deferred(let encoder): (encoder.result ?? .object(JSONObjectBox())).write(into: &out)
        }
    }
}
