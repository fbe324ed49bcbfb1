/// The keyed container of `FragmentEncoder`: members go into a `JSONObjectBox`.
struct FragmentKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let box: JSONObjectBox
    /// The encoder whose value this container is (the parent of the members' coding paths).
    let owner: FragmentEncoder
    var codingPath: [any CodingKey] { owner.codingPath }

    mutating func encodeNil(forKey key: Key) { box.set(key.stringValue, .null) }
    mutating func encode(_ value: Bool, forKey key: Key) { box.set(key.stringValue, .bool(value)) }
    mutating func encode(_ value: String, forKey key: Key) { box.set(key.stringValue, .string(value)) }
    mutating func encode(_ value: Int, forKey key: Key) { box.set(key.stringValue, .literal(String(value))) }
    mutating func encode(_ value: Double, forKey key: Key) throws {
        box.set(key.stringValue, try FragmentEncoder.number(value, parent: owner, step: .key(key)))
    }
    mutating func encode(_ value: Float, forKey key: Key) throws {
        box.set(key.stringValue, try FragmentEncoder.number(value, parent: owner, step: .key(key)))
    }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        if let s = FragmentEncoder.scalar(value) { return box.set(key.stringValue, s) }
        box.set(key.stringValue, try FragmentEncoder.fragment(value, parent: owner, step: .key(key)))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
        -> KeyedEncodingContainer<NestedKey> {
        let nested: JSONObjectBox
        if case .object(let existing) = box.value(for: key.stringValue) { nested = existing } else {
            nested = JSONObjectBox()
            box.set(key.stringValue, .object(nested))
        }
        let path = FragmentEncoder(parent: owner, step: .key(key))
        return KeyedEncodingContainer(FragmentKeyedContainer<NestedKey>(box: nested, owner: path))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let nested: JSONArrayBox
        if case .array(let existing) = box.value(for: key.stringValue) { nested = existing } else {
            nested = JSONArrayBox()
            box.set(key.stringValue, .array(nested))
        }
        return FragmentUnkeyedContainer(box: nested, owner: FragmentEncoder(parent: owner, step: .key(key)))
    }

    mutating func superEncoder() -> any Encoder {
        let encoder = FragmentEncoder(parent: owner, step: .named("super"))
        box.set("super", .deferred(encoder))
        return encoder
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        let encoder = FragmentEncoder(parent: owner, step: .key(key))
        box.set(key.stringValue, .deferred(encoder))
        return encoder
    }
}
