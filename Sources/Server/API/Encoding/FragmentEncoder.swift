import Foundation

/// An `Encoder` that builds `JSONFragment`s: the REST API's replacement for Foundation's
/// `JSONEncoder` (same output as `.sortedKeys` + `.withoutEscapingSlashes`, without its
/// intermediate dictionaries and bridging).
final class FragmentEncoder: Encoder, SingleValueEncodingContainer {
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }
    /// What the value encoded (nil when it asked for no container and encoded nothing).
    var result: JSONFragment?

    init(codingPath: [any CodingKey] = []) { self.codingPath = codingPath }

    /// The fragment of `value`; a value that encodes nothing is an empty object (as with `JSONEncoder`).
    static func fragment<T: Encodable>(_ value: T, codingPath: [any CodingKey]) throws -> JSONFragment {
        switch value {
        case let s as String: return .string(s)
        case let i as Int: return .literal(String(i))
        case let b as Bool: return .literal(b ? "true" : "false")
        case let d as Double: return try number(d, codingPath: codingPath)
        case let f as Float: return try number(f, codingPath: codingPath)
        case let u as URL: return .string(u.absoluteString)
        case let d as Data: return .string(d.base64EncodedString())
        case let d as Decimal: return .literal(d.description)
        default:
            let encoder = FragmentEncoder(codingPath: codingPath)
            try value.encode(to: encoder)
            return encoder.result ?? .object(JSONObjectBox())
        }
    }

    /// A finite float as `JSONEncoder` prints it (`description` without a trailing `.0`).
    static func number<F: BinaryFloatingPoint & CustomStringConvertible>(_ value: F, codingPath: [any CodingKey])
        throws -> JSONFragment {
        guard value.isFinite else {
            throw EncodingError.invalidValue(value, .init(codingPath: codingPath,
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
        return KeyedEncodingContainer(FragmentKeyedContainer<Key>(box: box, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        let box: JSONArrayBox
        if case .array(let existing) = result { box = existing } else {
            box = JSONArrayBox()
            result = .array(box)
        }
        return FragmentUnkeyedContainer(box: box, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { self }

    // MARK: SingleValueEncodingContainer

    func encodeNil() { result = .literal("null") }
    func encode(_ value: Bool) { result = .literal(value ? "true" : "false") }
    func encode(_ value: String) { result = .string(value) }
    func encode(_ value: Double) throws { result = try Self.number(value, codingPath: codingPath) }
    func encode(_ value: Float) throws { result = try Self.number(value, codingPath: codingPath) }
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
    func encode<T: Encodable>(_ value: T) throws { result = try Self.fragment(value, codingPath: codingPath) }
}
