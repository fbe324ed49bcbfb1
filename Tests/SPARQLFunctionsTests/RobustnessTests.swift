import RDF
import Testing
@testable import SPARQL

/// Odd and ill-formed inputs through every function, cast and operator: errors are fine, crashes are not,
/// and whatever comes back must be a well-formed term.
@Suite struct RobustnessTests {
    static let pool: [Term] = [
        .iri("http://example.org/a"), .blankNode("b"), str(""), str("abc"), lang("x", "en"),
        int("99999999999999999999999999999999999999"), int("-0"), .typed("1.5", XSD.integer), dec(".5"),
        dbl("NaN"), dbl("-INF"), flt("1e39"), bool(true), .typed("yes", XSD.boolean),
        dt("2002-10-10T24:00:00-14:00"), dt("-9999-02-29T00:00:00"), .typed("P1Y2M3DT4H5M6.7S", XSD.duration),
        .typed("PT999999999999S", XSD.dayTimeDuration), .typed("x", "http://example.org/dt"), str("(["), str("$"),
        str("😀\u{0}\r\n"),
    ]

    @Test func everyFunctionSurvivesOddArguments() {
        let names = Array(ExpressionFunctions.builtInNames).sorted() + XSDIntegerTypes.ranges.keys.sorted()
            + [XSD.decimal, XSD.double, XSD.float, XSD.boolean, XSD.string, XSD.dateTime, XSD.date, XSD.time,
               XSD.gYear, XSD.duration, XSD.dayTimeDuration, XSD.yearMonthDuration, XSD.dateTimeStamp]
        var produced = 0
        for name in names {
            var argLists: [[Term]] = [[]]
            for a in Self.pool { argLists.append([a]); for b in Self.pool { argLists.append([a, b]) } }
            for a in Self.pool.prefix(8) { argLists.append([a, str("a"), str("b")]); argLists.append([a, str("a"), str("b"), str("i")]) }
            for args in argLists {
                guard let t = try? ExpressionFunctions.call(name, args, testContext) else { continue }
                produced += 1
                if case .literal(let l) = t {
                    #expect(l.isWellFormed, "\(name)\(args) gave ill-formed \(t)")
                }
            }
        }
        #expect(produced > 1000)
        for a in Self.pool { for b in Self.pool {
            for op in [ExpressionFunctions.add, ExpressionFunctions.subtract, ExpressionFunctions.multiply, ExpressionFunctions.divide] {
                if case .literal(let l)? = try? op(a, b) { #expect(l.isWellFormed, "\(a) op \(b) gave \(l)") }
            }
            _ = try? ExpressionFunctions.equals(a, b)
            _ = try? ExpressionFunctions.compare(a, b)
            #expect(ExpressionFunctions.orderCompare(a, b) == -ExpressionFunctions.orderCompare(b, a))
        } }
    }
}
