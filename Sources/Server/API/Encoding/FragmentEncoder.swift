import Foundation

/// An `Encoder` that builds `JSONFragment`s: the REST API's replacement for Foundation's
/// `JSONEncoder` (same output as `.sortedKeys` + `.withoutEscapingSlashes`, without its
/// intermediate dictionaries and bridging). Its coding path is a chain of parents, made into an
/// array only when asked for.
final class FragmentEncoder: Encoder, SingleValueEncodingContainer {
    let parent: FragmentEncoder?
    let step: CodingPathStep?
    var userInfo: [CodingUserInfoKey: Any] { [:] }
    /// What the value encoded (nil when it asked for no container and encoded nothing).
    var result: JSONFragment?

    init(parent: FragmentEncoder? = nil, step: CodingPathStep? = nil) {
        self.parent = parent
        self.step = step
    }

    var codingPath: [any CodingKey] {
        var steps: [any CodingKey] = []
        var node: FragmentEncoder? = self
        while let n = node {
            if let s = n.step { steps.append(s.codingKey) }
            node = n.parent
        }
        return steps.reversed()
    }

    /// The fragment of a value `JSONEncoder` writes without asking it (strings, integers, booleans,
    /// URLs, data as Base64, decimals); nil for others. Compares types, not casts: once `T` is
    /// known to be `String`, `Int` or `Bool`, the value is reinterpreted without a dynamic cast.
    static func scalar<T: Encodable>(_ value: T) -> JSONFragment? {
        if T.self == String.self { return .string(unsafeBitCast(value, to: String.self)) }
        if T.self == Int.self { return .literal(String(unsafeBitCast(value, to: Int.self))) }
        if T.self == Bool.self { return .bool(unsafeBitCast(value, to: Bool.self)) }
        if T.self == URL.self, let u = value as? URL { return .string(u.absoluteString) }
        if T.self == Data.self, let d = value as? Data { return .string(d.base64EncodedString()) }
        if T.self == Decimal.self, let d = value as? Decimal { return .literal(d.description) }
        return nil
    }

    /// The fragment of the string lists and maps views are made of (`[String]`, `[String: String]`,
    /// `[String: [String]]`), built without going through their generic `encode(to:)`; nil for others.
    static func stringCollection<T: Encodable>(_ value: T) -> JSONFragment? {
        if T.self == [String].self { return strings(unsafeBitCast(value, to: [String].self)) }
        if T.self == [String: String].self, let d = value as? [String: String] {
            let box = JSONObjectBox()
            for (k, v) in d { box.set(k, .string(v)) }
            return .object(box)
        }
        if T.self == [String: [String]].self, let d = value as? [String: [String]] {
            let box = JSONObjectBox()
            for (k, v) in d { box.set(k, strings(v)) }
            return .object(box)
        }
        return nil
    }

    private static func strings(_ a: [String]) -> JSONFragment {
        let box = JSONArrayBox()
        box.items = a.map { .string($0) }
        return .array(box)
    }

    /// The fragment of `value` at `step` below `parent`; a value that encodes nothing is an empty
    /// object (as with `JSONEncoder`).
    static func fragment<T: Encodable>(_ value: T, parent: FragmentEncoder?, step: CodingPathStep?) throws
        -> JSONFragment {
        if let s = scalar(value) { return s }
        if let c = stringCollection(value) { return c }
        if T.self == Double.self, let d = value as? Double { return try number(d, parent: parent, step: step) }
        if T.self == Float.self, let f = value as? Float { return try number(f, parent: parent, step: step) }
        let encoder = FragmentEncoder(parent: parent, step: step)
        try value.encode(to: encoder)
        return encoder.result ?? .object(JSONObjectBox())
    }

    /// A finite float as `JSONEncoder` prints it (`description` without a trailing `.0`).
    static func number<F: BinaryFloatingPoint & CustomStringConvertible>(
        _ value: F, parent: FragmentEncoder?, step: CodingPathStep?) throws -> JSONFragment {
        guard value.isFinite else {
            let path = FragmentEncoder(parent: parent, step: step).codingPath
            throw EncodingError.invalidValue(value, .init(codingPath: path,
                                                          debugDescription: "Unable to encode \(value) directly in JSON."))
        }
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        return .literal(text)
    }

    // MARK: Encoder

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        let box: JSONObjectBox
        if case .object(let existing) = result { box = existing } else {
            box = JSONObjectBox()
            result = .object(box)
        }
        return KeyedEncodingContainer(FragmentKeyedContainer<Key>(box: box, owner: self))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        let box: JSONArrayBox
        if case .array(let existing) = result { box = existing } else {
            box = JSONArrayBox()
            result = .array(box)
        }
        return FragmentUnkeyedContainer(box: box, owner: self)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { self }

    // MARK: SingleValueEncodingContainer

    func encodeNil() { result = .null }
    func encode(_ value: Bool) { result = .bool(value) }
    func encode(_ value: String) { result = .string(value) }
    func encode(_ value: Double) throws { result = try Self.number(value, parent: parent, step: step) }
    func encode(_ value: Float) throws { result = try Self.number(value, parent: parent, step: step) }
    func encode(_ value: Int) { result = .literal(String(value)) }
    func encode(_ value: Int8) { result = .literal(String(value)) }
    func encode(_ value: Int16) { result = .literal(String(value)) }
    func encode(_ value: Int32) { result = .literal(String(value)) }
    func encode(_ value: Int64) { result = .literal(String(value)) }
    func encode(_ value: UInt) { result = .literal(String(value)) }
    func encode(_ value: UInt8) { result = .literal(String(value)) }
    func encode(_ value: UInt16) { result = .literal(String(value)) }
    func encode(_ value: UInt32) { result = .literal(String(value)) }
    func encode(_ value: UInt64) { result = .literal(String(value)) }
    func encode<T: Encodable>(_ value: T) throws { result = try Self.fragment(value, parent: parent, step: step) }
}
