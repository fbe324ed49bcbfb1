import Foundation
import RDF
import Testing

@Suite struct XSDValueTests {
    @Test(arguments: [
        (XSD.integer, "+007", "7"), (XSD.integer, "-0", "0"), (XSD.int, "0012", "12"),
        (XSD.decimal, "+33.3300", "33.33"), (XSD.decimal, "1", "1"), (XSD.decimal, "1.0", "1"), (XSD.decimal, ".5", "0.5"),
        (XSD.decimal, "-0.0", "0"), (XSD.decimal, "5.", "5"), (XSD.decimal, "-.250", "-0.25"),
        (XSD.double, "-10.2E3", "-1.02E4"), (XSD.double, "1", "1.0E0"), (XSD.double, "0.001", "1.0E-3"),
        (XSD.double, "+INF", "INF"), (XSD.double, "1e300", "1.0E300"), (XSD.float, "1.25", "1.25E0"),
        (XSD.float, "0.1", "1.0E-1"), (XSD.boolean, "1", "true"), (XSD.boolean, "0", "false"),
        (XSD.dateTime, "2002-10-10T17:00:00+00:00", "2002-10-10T17:00:00Z"),
        (XSD.dateTime, "2002-10-10T17:00:00.500-05:00", "2002-10-10T17:00:00.5-05:00"),
        (XSD.dateTime, "2002-12-31T24:00:00", "2003-01-01T00:00:00"),
        (XSD.dateTime, "-0044-03-15T12:00:00", "-0044-03-15T12:00:00"),
        (XSD.date, "2002-10-10+01:00", "2002-10-10+01:00"), (XSD.time, "13:20:00.000", "13:20:00"),
        (XSD.gYear, "2024", "2024"), (XSD.gYearMonth, "2024-02", "2024-02"), (XSD.gMonthDay, "--02-29", "--02-29"),
        (XSD.gDay, "---05", "---05"), (XSD.gMonth, "--11", "--11"),
        (XSD.duration, "P1Y14M", "P2Y2M"), (XSD.duration, "PT36H", "P1DT12H"), (XSD.duration, "-P0DT0.50S", "-PT0.5S"),
        (XSD.dayTimeDuration, "PT0H", "PT0S"), (XSD.yearMonthDuration, "P0Y", "P0M"), (XSD.yearMonthDuration, "P12M", "P1Y"),
    ])
    func canonicalForms(datatype: String, lexical: String, canonical: String) {
        let l = Literal(lexical, datatype: datatype)
        #expect(l.isWellFormed)
        #expect(l.canonicalized().lexicalForm == canonical)
        #expect(l.canonicalized().datatype == datatype)
    }

    @Test(arguments: [
        (XSD.integer, "1.0"), (XSD.integer, ""), (XSD.integer, " 1"), (XSD.byte, "128"), (XSD.unsignedByte, "-1"),
        (XSD.positiveInteger, "0"), (XSD.negativeInteger, "0"), (XSD.long, "9223372036854775808"),
        (XSD.decimal, "1E3"), (XSD.decimal, "."), (XSD.decimal, "1.2.3"), (XSD.double, "E3"), (XSD.double, "inf"),
        (XSD.double, "1e"), (XSD.boolean, "TRUE"), (XSD.dateTime, "2002-10-10"), (XSD.dateTime, "2002-02-30T00:00:00"),
        (XSD.dateTime, "2002-10-10T25:00:00"), (XSD.dateTime, "2002-10-10T12:00:00+15:00"), (XSD.dateTime, "02-10-10T12:00:00"),
        (XSD.date, "2001-02-29"), (XSD.time, "24:00:01"), (XSD.gYear, "02024"), (XSD.duration, "P"), (XSD.duration, "PT"),
        (XSD.duration, "P1H"), (XSD.duration, "P1.5Y"), (XSD.dayTimeDuration, "P1M"), (XSD.yearMonthDuration, "P1D"),
        (XSD.dateTimeStamp, "2002-10-10T12:00:00"), (XSD.gYear, "1234567890"), (XSD.duration, "P99999999999999999999Y"),
        (XSD.dateTime, "999999999999999999-01-01T00:00:00"),
    ])
    func illFormed(datatype: String, lexical: String) {
        let l = Literal(lexical, datatype: datatype)
        #expect(!l.isWellFormed)
        #expect(l.canonicalized() == l)
    }

    @Test func unknownDatatypesAreWellFormed() {
        #expect(Literal("anything", datatype: "http://example.org/dt").isWellFormed)
        #expect(Literal("x", language: "en").isWellFormed)
    }

    @Test func numericPromotion() {
        let i = XSDNumeric.integer(2), d = XSDNumeric.decimal(Decimal(string: "2.5")!), f = XSDNumeric.float(1.5)
        #expect(XSDNumeric.promote(i, d).0 == .decimal(2))
        #expect(XSDNumeric.promote(d, f).0 == .float(2.5))
        #expect(XSDNumeric.promote(f, .double(1)).0 == .double(1.5))
        #expect(XSDNumeric.compare(i, d) == -1)
        #expect(XSDNumeric.compare(.double(.nan), i) == nil)
        #expect(XSDNumeric(literal: Literal("12", datatype: XSD.unsignedShort)) == .integer(12))
        #expect(XSDNumeric(literal: Literal("12", datatype: XSD.string)) == nil)
        let big = XSDNumeric(literal: Literal("123456789012345678901234567890", datatype: XSD.integer))
        #expect(big?.literal.lexicalForm == "123456789012345678901234567890")
    }

    @Test func dateTimeValues() throws {
        let a = try #require(XSDDateTime(lexical: "2002-10-10T12:00:00-05:00"))
        let b = try #require(XSDDateTime(lexical: "2002-10-10T17:00:00Z"))
        #expect(XSDDateTime.compare(a, b) == 0)
        #expect(a.timezoneMinutes == -300)
        let local = try #require(XSDDateTime(lexical: "2002-10-10T17:00:00"))
        #expect(XSDDateTime.compare(local, b) == nil)
        #expect(XSDDateTime.civilFromDays(XSDDateTime.daysFromCivil(2000, 2, 29)) == (2000, 2, 29))
        #expect(XSDDuration(lexical: "P1M").map { XSDDuration.compare($0, XSDDuration(lexical: "P30D")!) } == .some(nil))
    }
}
