/// A JSON number that keeps the integer/double distinction of its source.
public enum JSONNumber: Hashable, Sendable {
    case integer(Int)
    case double(Double)

    public var doubleValue: Double {
        switch self {
        case .integer(let i): return Double(i)
        case .double(let d): return d
        }
    }

    /// True when the value has no fractional part (JSON-LD treats 1.0 like 1).
    public var isIntegral: Bool {
        switch self {
        case .integer: return true
        case .double(let d): return d.isFinite && d.rounded(.towardZero) == d
        }
    }
}

/// A JSON value; objects keep the order of their keys.
public enum JSONValue: Hashable, Sendable {
    case null
    case bool(Bool)
    case number(JSONNumber)
    case string(String)
    case array([JSONValue])
    case object(JSONObject)

    public static func int(_ i: Int) -> JSONValue { .number(.integer(i)) }
    public static func double(_ d: Double) -> JSONValue { .number(.double(d)) }

    public var isNull: Bool { if case .null = self { return true } else { return false } }
    public var isString: Bool { if case .string = self { return true } else { return false } }
    public var isArray: Bool { if case .array = self { return true } else { return false } }
    public var isObject: Bool { if case .object = self { return true } else { return false } }
    public var isNumber: Bool { if case .number = self { return true } else { return false } }
    public var isBool: Bool { if case .bool = self { return true } else { return false } }
    /// Strings, numbers and booleans.
    public var isScalar: Bool {
        switch self {
        case .string, .number, .bool: return true
        default: return false
        }
    }

    public var stringValue: String? { if case .string(let s) = self { return s } else { return nil } }
    public var objectValue: JSONObject? { if case .object(let o) = self { return o } else { return nil } }
    public var arrayValue: [JSONValue]? { if case .array(let a) = self { return a } else { return nil } }
    public var boolValue: Bool? { if case .bool(let b) = self { return b } else { return nil } }

    /// The value as an array: itself when an array, else a one-element array.
    public var asArray: [JSONValue] { if case .array(let a) = self { return a } else { return [self] } }

    /// Member lookup on objects (nil for other values or missing keys).
    public subscript(key: String) -> JSONValue? {
        if case .object(let o) = self { return o[key] }
        return nil
    }
}

/// A JSON object whose keys keep their insertion order.
public struct JSONObject: Hashable, Sendable, Sequence {
    public private(set) var keys: [String] = []
    private var storage: [String: JSONValue] = [:]

    public init() {}

    public init(_ pairs: [(String, JSONValue)]) {
        for (k, v) in pairs { self[k] = v }
    }

    public var count: Int { keys.count }
    public var isEmpty: Bool { keys.isEmpty }

    public subscript(key: String) -> JSONValue? {
        get { storage[key] }
        set {
            if let newValue {
                if storage.updateValue(newValue, forKey: key) == nil { keys.append(key) }
            } else if storage.removeValue(forKey: key) != nil {
                keys.removeAll { $0 == key }
            }
        }
    }

    public func contains(_ key: String) -> Bool { storage[key] != nil }

    /// Appends `value` to the array at `key` in place (a non-array value there becomes the
    /// array's first item; a missing key gets a new array), so repeated appends stay linear.
    public mutating func append(_ value: JSONValue, toArrayAt key: String) {
        guard var existing = storage.removeValue(forKey: key) else {
            keys.append(key)
            storage[key] = .array([value])
            return
        }
        if case .array(var items) = existing {
            existing = .null   // drop the second reference so that `items` is uniquely held
            items.append(value)
            storage[key] = .array(items)
        } else {
            storage[key] = .array([existing, value])
        }
    }

    /// Mutates the object at `key` in place (a missing or non-object value starts as an empty object).
    public mutating func modifyObject<R>(at key: String, _ body: (inout JSONObject) throws -> R) rethrows -> R {
        var inner = JSONObject()
        if let existing = storage.removeValue(forKey: key) {
            if case .object(let o) = existing { inner = o }
        } else {
            keys.append(key)
        }
        defer { storage[key] = .object(inner) }
        return try body(&inner)
    }

    public var sortedKeys: [String] { keys.sorted() }

    public func makeIterator() -> AnyIterator<(key: String, value: JSONValue)> {
        var i = 0
        return AnyIterator {
            guard i < keys.count else { return nil }
            defer { i += 1 }
            let k = keys[i]
            return (k, storage[k] ?? .null)
        }
    }

    public static func == (a: JSONObject, b: JSONObject) -> Bool { a.storage == b.storage }
    public func hash(into h: inout Hasher) { h.combine(storage) }
}

extension JSONValue: ExpressibleByStringLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral,
                     ExpressibleByNilLiteral {
    public init(stringLiteral value: String) { self = .string(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(integerLiteral value: Int) { self = .number(.integer(value)) }
    public init(nilLiteral: ()) { self = .null }
}
