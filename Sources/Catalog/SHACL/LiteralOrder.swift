import RDF

/// The value order of literals for `sh:minInclusive` and friends and `sh:lessThan`:
/// numbers compare as numbers, date/time values of one datatype by their text (same lexical
/// shape), strings as strings; anything else is incomparable (nil), which SHACL counts as failure.
enum LiteralOrder {
    private static let numeric: Set<String> = [
        XSD.integer, XSD.decimal, XSD.double, XSD.float, XSD.long, XSD.int, XSD.short, XSD.byte,
        XSD.nonNegativeInteger, XSD.nonPositiveInteger, XSD.positiveInteger, XSD.negativeInteger,
        XSD.unsignedLong, XSD.unsignedInt, XSD.unsignedShort, XSD.unsignedByte,
    ]
    private static let temporal: Set<String> = [
        XSD.date, XSD.dateTime, XSD.dateTimeStamp, XSD.time, XSD.gYear, XSD.gYearMonth, XSD.gMonth, XSD.gMonthDay, XSD.gDay,
    ]

    /// -1, 0 or 1, or nil when the two literals are not comparable.
    static func compare(_ a: Literal, _ b: Literal) -> Int? {
        if numeric.contains(a.datatype) && numeric.contains(b.datatype) {
            guard XSDLexical.isValid(a.lexicalForm, a.datatype), XSDLexical.isValid(b.lexicalForm, b.datatype),
                  let x = Double(a.lexicalForm), let y = Double(b.lexicalForm) else { return nil }
            return x < y ? -1 : x > y ? 1 : 0
        }
        if a.datatype == b.datatype && temporal.contains(a.datatype) {
            guard XSDLexical.isValid(a.lexicalForm, a.datatype), XSDLexical.isValid(b.lexicalForm, b.datatype) else { return nil }
            return a.lexicalForm < b.lexicalForm ? -1 : a.lexicalForm > b.lexicalForm ? 1 : 0
        }
        if a.isPlainString && b.isPlainString {
            return a.lexicalForm < b.lexicalForm ? -1 : a.lexicalForm > b.lexicalForm ? 1 : 0
        }
        return nil
    }
}
