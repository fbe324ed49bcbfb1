import RDF
import Testing

/// `XSDLexical.isValid`: membership in the lexical space of each XSD datatype (XSD 1.1 Part 2).
@Suite struct XSDLexicalValidityTests {
    static let valid: [(String, String)] = [
        ("127", XSD.byte), ("-128", XSD.byte), ("255", XSD.unsignedByte), ("-0", XSD.nonNegativeInteger),
        ("+1", XSD.positiveInteger), ("99999999999999999999999", XSD.integer), ("1.", XSD.decimal), (".5", XSD.decimal),
        ("1e5", XSD.double), ("-1.5E-3", XSD.double), ("INF", XSD.float), ("NaN", XSD.double),
        ("true", XSD.boolean), ("0", XSD.boolean), ("en-GB", XSD.language), ("a b", XSD.token),
        ("2024-02-29", XSD.date), ("2024-01-01Z", XSD.date), ("-0044-03-15", XSD.date), ("2024-01-01+14:00", XSD.date),
        ("24:00:00", XSD.time), ("23:59:59.5", XSD.time), ("2024-01-01T00:00:00Z", XSD.dateTimeStamp),
        ("2024-01-01T12:00:00", XSD.dateTime), ("2024", XSD.gYear), ("2024-12", XSD.gYearMonth),
        ("--02-29", XSD.gMonthDay), ("---31", XSD.gDay), ("--12", XSD.gMonth),
        ("P1Y2M", XSD.duration), ("PT1.5S", XSD.duration), ("-P1DT2H", XSD.dayTimeDuration), ("P1Y", XSD.yearMonthDuration),
        ("anything", XSD.string), ("anything", "http://example.org/datatype"), ("anything", XSD.namespace + "QName"),
    ]
    static let invalid: [(String, String)] = [
        ("128", XSD.byte), ("-129", XSD.byte), ("-1", XSD.unsignedByte), ("99999999999999999999", XSD.long),
        ("0", XSD.positiveInteger), ("1.0", XSD.integer), (".", XSD.decimal), ("", XSD.decimal),
        ("1e", XSD.double), ("e5", XSD.double), ("inf", XSD.double), ("TRUE", XSD.boolean),
        ("en_GB", XSD.language), (" a", XSD.token), ("a\tb", XSD.normalizedString),
        ("2023-02-29", XSD.date), ("2024-13-01", XSD.date), ("2024-01-01+15:00", XSD.date), ("024-01-01", XSD.date),
        ("24:00:01", XSD.time), ("23:60:00", XSD.time), ("2024-01-01T00:00:00", XSD.dateTimeStamp),
        ("2024-01-01", XSD.dateTime), ("--02-30", XSD.gMonthDay), ("--13", XSD.gMonth), ("---32", XSD.gDay),
        ("P", XSD.duration), ("PT", XSD.duration), ("P1.5Y", XSD.duration), ("P1S", XSD.duration),
        ("P1Y", XSD.dayTimeDuration), ("P1D", XSD.yearMonthDuration),
    ]

    @Test(arguments: valid) func inLexicalSpace(_ lexical: String, _ datatype: String) {
        #expect(XSDLexical.isValid(lexical, datatype))
    }

    @Test(arguments: invalid) func outsideLexicalSpace(_ lexical: String, _ datatype: String) {
        #expect(!XSDLexical.isValid(lexical, datatype))
    }
}
