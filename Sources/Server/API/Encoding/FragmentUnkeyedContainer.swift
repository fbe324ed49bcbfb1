/// The unkeyed container of `FragmentEncoder`: items go into a `JSONArrayBox`.
struct FragmentUnkeyedContainer: UnkeyedEncodingContainer {
    let box: JSONArrayBox
    let codingPath: [any CodingKey]
    var count: Int { box.items.count }

    private var nextKey: APIJSONKey { APIJSONKey(index: box.items.count) }

    mutating func encodeNil() { box.items.append(.literal("null")) }
    mutating func encode(_ value: Bool) { box.items.append(.literal(value ? "true" : "false")) }
    mutating func encode(_ value: String) { box.items.append(.string(value)) }
    mutating func encode(_ value: Int) { box.items.append(.literal(String(value))) }
    mutating func encode(_ value: Double) throws {
        box.items.append(try FragmentEncoder.number(value, codingPath: codingPath + [nextKey]))
    }
    mutating func encode(_ value: Float) throws {
        box.items.append(try FragmentEncoder.number(value, codingPath: codingPath + [nextKey]))
    }
    mutating func encode<T: Encodable>(_ value: T) throws {
        box.items.append(try FragmentEncoder.fragment(value, codingPath: codingPath + [nextKey]))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
        -> KeyedEncodingContainer<NestedKey> {
        let nested = JSONObjectBox()
        let path = codingPath + [nextKey]
        box.items.append(.object(nested))
        return KeyedEncodingContainer(FragmentKeyedContainer<NestedKey>(box: nested, codingPath: path))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let nested = JSONArrayBox()
        let path = codingPath + [nextKey]
        box.items.append(.array(nested))
        return FragmentUnkeyedContainer(box: nested, codingPath: path)
    }

    mutating func superEncoder() -> any Encoder {
        let encoder = FragmentEncoder(codingPath: codingPath + [nextKey])
        box.items.append(.deferred(encoder))
        return encoder
    }
}
