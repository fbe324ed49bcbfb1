/// The keyed container of `FragmentEncoder`: members go into a `JSONObjectBox`.
struct FragmentKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let box: JSONObjectBox
    let codingPath: [any CodingKey]

    mutating func encodeNil(forKey key: Key) { box.set(key.stringValue, .literal("null")) }
    mutating func encode(_ value: Bool, forKey key: Key) { box.set(key.stringValue, .literal(value ? "true" : "false")) }
    mutating func encode(_ value: String, forKey key: Key) { box.set(key.stringValue, .string(value)) }
    mutating func encode(_ value: Int, forKey key: Key) { box.set(key.stringValue, .literal(String(value))) }
    mutating func encode(_ value: Double, forKey key: Key) throws {
        box.set(key.stringValue, try FragmentEncoder.number(value, codingPath: codingPath + [key]))
    }
    mutating func encode(_ value: Float, forKey key: Key) throws {
        box.set(key.stringValue, try FragmentEncoder.number(value, codingPath: codingPath + [key]))
    }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        box.set(key.stringValue, try FragmentEncoder.fragment(value, codingPath: codingPath + [key]))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
        -> KeyedEncodingContainer<NestedKey> {
        let nested: JSONObjectBox
        if case .object(let existing) = box.value(for: key.stringValue) { nested = existing } else {
            nested = JSONObjectBox()
            box.set(key.stringValue, .object(nested))
        }
        return KeyedEncodingContainer(FragmentKeyedContainer<NestedKey>(box: nested, codingPath: codingPath + [key]))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let nested: JSONArrayBox
        if case .array(let existing) = box.value(for: key.stringValue) { nested = existing } else {
            nested = JSONArrayBox()
            box.set(key.stringValue, .array(nested))
        }
        return FragmentUnkeyedContainer(box: nested, codingPath: codingPath + [key])
    }

    mutating func superEncoder() -> any Encoder { superEncoder(named: "super") }
    mutating func superEncoder(forKey key: Key) -> any Encoder { superEncoder(named: key.stringValue) }

    private func superEncoder(named name: String) -> any Encoder {
        let encoder = FragmentEncoder(codingPath: codingPath + [APIJSONKey(name)])
        box.set(name, .deferred(encoder))
        return encoder
    }
}
