/// The unkeyed container of `FragmentEncoder`: items go into a `JSONArrayBox`.
struct FragmentUnkeyedContainer: UnkeyedEncodingContainer {
    let box: JSONArrayBox
    /// The encoder whose value this container is (the parent of the items' coding paths).
    let owner: FragmentEncoder
    var codingPath: [any CodingKey] { owner.codingPath }
    var count: Int { box.items.count }

    private var next: CodingPathStep { .index(box.items.count) }

    mutating func encodeNil() { box.items.append(.null) }
    mutating func encode(_ value: Bool) { box.items.append(.bool(value)) }
    mutating func encode(_ value: String) { box.items.append(.string(value)) }
    mutating func encode(_ value: Int) { box.items.append(.literal(String(value))) }
    mutating func encode(_ value: Double) throws {
        box.items.append(try FragmentEncoder.number(value, parent: owner, step: next))
    }
    mutating func encode(_ value: Float) throws {
        box.items.append(try FragmentEncoder.number(value, parent: owner, step: next))
    }
    mutating func encode<T: Encodable>(_ value: T) throws {
        box.items.append(try FragmentEncoder.fragment(value, parent: owner, step: next))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
        -> KeyedEncodingContainer<NestedKey> {
        let nested = JSONObjectBox()
        let path = FragmentEncoder(parent: owner, step: next)
        box.items.append(.object(nested))
        return KeyedEncodingContainer(FragmentKeyedContainer<NestedKey>(box: nested, owner: path))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let nested = JSONArrayBox()
        let path = FragmentEncoder(parent: owner, step: next)
        box.items.append(.array(nested))
        return FragmentUnkeyedContainer(box: nested, owner: path)
    }

    mutating func superEncoder() -> any Encoder {
        let encoder = FragmentEncoder(parent: owner, step: next)
        box.items.append(.deferred(encoder))
        return encoder
    }
}
