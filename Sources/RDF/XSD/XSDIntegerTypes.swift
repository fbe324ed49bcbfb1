import Foundation

/// The datatypes derived from xsd:integer and their value ranges.
public enum XSDIntegerTypes {
    /// Inclusive bounds (nil = unbounded) of each integer-derived datatype, xsd:integer included.
    public static let ranges: [String: (min: Decimal?, max: Decimal?)] = [
        XSD.integer: (nil, nil),
        XSD.nonPositiveInteger: (nil, 0),
        XSD.negativeInteger: (nil, -1),
        XSD.long: (Decimal(string: "-9223372036854775808"), Decimal(string: "9223372036854775807")),
        XSD.int: (-2_147_483_648, 2_147_483_647),
        XSD.short: (-32768, 32767),
        XSD.byte: (-128, 127),
        XSD.nonNegativeInteger: (0, nil),
        XSD.unsignedLong: (0, Decimal(string: "18446744073709551615")),
        XSD.unsignedInt: (0, 4_294_967_295),
        XSD.unsignedShort: (0, 65535),
        XSD.unsignedByte: (0, 255),
        XSD.positiveInteger: (1, nil),
    ]

    /// True when `datatype` is xsd:integer or derived from it.
    public static func contains(_ datatype: String) -> Bool { ranges[datatype] != nil }

    /// True when `value` lies in the value space of the integer-derived `datatype`.
    public static func inRange(_ value: Decimal, _ datatype: String) -> Bool {
        guard let r = ranges[datatype] else { return false }
        if let min = r.min, value < min { return false }
        if let max = r.max, value > max { return false }
        return true
    }
}

extension XSD {
    /// The numeric datatypes SPARQL operators accept (section 17.1).
    public static func isNumeric(_ datatype: String) -> Bool {
        datatype == decimal || datatype == double || datatype == float || XSDIntegerTypes.contains(datatype)
    }
}
