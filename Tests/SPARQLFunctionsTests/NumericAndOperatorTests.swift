import RDF
import Testing
@testable import SPARQL

@Suite struct NumericAndOperatorTests {
    @Test func arithmeticPromotion() throws {
        #expect(try ExpressionFunctions.add(int("1"), int("2")) == int("3"))
        #expect(try ExpressionFunctions.add(int("1"), dec("2.5")) == dec("3.5"))
        #expect(try ExpressionFunctions.add(.typed("1", XSD.byte), .typed("2", XSD.int)) == int("3"))
        #expect(try ExpressionFunctions.add(flt("1.5"), int("1")) == flt("2.5E0"))
        #expect(try ExpressionFunctions.multiply(dbl("2"), flt("1.5")) == dbl("3.0E0"))
        #expect(try ExpressionFunctions.subtract(dec("0.3"), dec("0.1")) == dec("0.2"))
        #expect(try ExpressionFunctions.add(int("99999999999999999999"), int("1")) == int("100000000000000000000"))
        #expect(throws: ExpressionError.self) { try ExpressionFunctions.add(int("1"), str("1")) }
        #expect(throws: ExpressionError.self) { try ExpressionFunctions.add(int("1"), .typed("x", XSD.integer)) }
    }

    /// Machine-integer operands skip Decimal; results must be those of the general path.
    @Test func integerArithmeticWithoutDecimal() throws {
        #expect(try ExpressionFunctions.add(int("+5"), int("007")) == int("12"))
        #expect(try ExpressionFunctions.subtract(int("3"), int("10")) == int("-7"))
        #expect(try ExpressionFunctions.multiply(int("-4"), int("25")) == int("-100"))
        // Past Int.max the general path answers exactly.
        #expect(try ExpressionFunctions.add(int("9223372036854775807"), int("1")) == int("9223372036854775808"))
        #expect(try ExpressionFunctions.multiply(int("9223372036854775807"), int("2")) == int("18446744073709551614"))
        #expect(try ExpressionFunctions.subtract(int("-9223372036854775808"), int("1")) == int("-9223372036854775809"))
    }

    @Test func division() throws {
        #expect(try ExpressionFunctions.divide(int("1"), int("2")) == dec("0.5"))
        #expect(try ExpressionFunctions.divide(int("4"), int("2")) == dec("2"))
        #expect(throws: ExpressionError.divisionByZero) { try ExpressionFunctions.divide(int("1"), int("0")) }
        #expect(throws: ExpressionError.divisionByZero) { try ExpressionFunctions.divide(dec("1.0"), dec("0.0")) }
        #expect(try ExpressionFunctions.divide(dbl("1"), int("0")) == dbl("INF"))
        #expect(try ExpressionFunctions.divide(dbl("-1"), dbl("0")) == dbl("-INF"))
        #expect(try ExpressionFunctions.divide(flt("0"), flt("0")) == flt("NaN"))
    }

    @Test func unary() throws {
        #expect(try ExpressionFunctions.unaryMinus(int("3")) == int("-3"))
        #expect(try ExpressionFunctions.unaryMinus(dec("-1.50")) == dec("1.5"))
        #expect(try ExpressionFunctions.unaryPlus(.typed("+07", XSD.int)) == int("7"))
        #expect(throws: ExpressionError.self) { try ExpressionFunctions.unaryMinus(str("3")) }
    }

    @Test func numericFunctionsKeepType() {
        #expect(call("ABS", int("-1")) == int("1"))
        #expect(call("ABS", dec("-1.5")) == dec("1.5"))
        #expect(call("ABS", dbl("-2")) == dbl("2.0E0"))
        #expect(call("CEIL", dec("10.5")) == dec("11"))
        #expect(call("CEIL", dec("-10.5")) == dec("-10"))
        #expect(call("FLOOR", dec("10.5")) == dec("10"))
        #expect(call("FLOOR", dec("-10.5")) == dec("-11"))
        #expect(call("FLOOR", dbl("-1.5")) == dbl("-2.0E0"))
        #expect(call("ROUND", dec("2.5")) == dec("3"))
        #expect(call("ROUND", dec("2.4999")) == dec("2"))
        #expect(call("ROUND", dec("-2.5")) == dec("-2"))
        #expect(call("ROUND", dec("-1.6")) == dec("-2"))
        #expect(call("ROUND", dbl("-2.5")) == dbl("-2.0E0"))
        #expect(call("ROUND", int("-2")) == int("-2"))
        #expect(fails("ROUND", str("1")))
        if case .literal(let l)? = call("RAND"), let v = XSDNumeric(literal: l) {
            #expect(l.datatype == XSD.double && v.doubleValue >= 0 && v.doubleValue < 1)
        } else { Issue.record("RAND did not give a double") }
    }

    @Test func equality() throws {
        #expect(try ExpressionFunctions.equals(int("1"), dec("1.0")))
        #expect(try ExpressionFunctions.equals(int("1"), dbl("1E0")))
        #expect(try !ExpressionFunctions.equals(int("1"), int("2")))
        #expect(try !ExpressionFunctions.equals(dbl("NaN"), dbl("NaN")))
        #expect(try ExpressionFunctions.equals(str("a"), str("a")))
        #expect(try !ExpressionFunctions.equals(str("a"), lang("a", "en")))
        #expect(try !ExpressionFunctions.equals(lang("a", "en"), lang("a", "fr")))
        #expect(try ExpressionFunctions.equals(bool(true), .typed("1", XSD.boolean)))
        #expect(try ExpressionFunctions.equals(dt("2002-10-10T12:00:00-05:00"), dt("2002-10-10T17:00:00Z")))
        #expect(try !ExpressionFunctions.equals(int("1"), str("1")))
        #expect(try ExpressionFunctions.equals(.iri("http://a"), .iri("http://a")))
        #expect(try !ExpressionFunctions.equals(.iri("http://a"), str("http://a")))
        let unknown1 = Term.typed("a", "http://example.org/t"), unknown2 = Term.typed("b", "http://example.org/t")
        #expect(try ExpressionFunctions.equals(unknown1, unknown1))
        #expect(throws: ExpressionError.self) { try ExpressionFunctions.equals(unknown1, unknown2) }
        #expect(throws: ExpressionError.self) {
            try ExpressionFunctions.equals(dt("2002-10-10T12:00:00"), dt("2002-10-10T12:00:00Z"))
        }
    }

    @Test func ordering() throws {
        #expect(try ExpressionFunctions.compare(int("1"), dbl("1.5")) == -1)
        #expect(try ExpressionFunctions.compare(str("b"), str("a")) == 1)
        #expect(try ExpressionFunctions.compare(bool(false), bool(true)) == -1)
        #expect(try ExpressionFunctions.compare(dt("2002-10-10T12:00:00Z"), dt("2002-10-10T12:00:00.5Z")) == -1)
        #expect(try ExpressionFunctions.compare(dt("2002-10-10T00:00:00"), dt("2002-10-12T00:00:00Z")) == -1)
        #expect(throws: ExpressionError.self) { try ExpressionFunctions.compare(int("1"), str("1")) }
        #expect(throws: ExpressionError.self) { try ExpressionFunctions.compare(lang("a", "en"), lang("b", "en")) }
        #expect(throws: ExpressionError.self) { try ExpressionFunctions.compare(.iri("http://a"), .iri("http://b")) }
    }

    @Test func effectiveBooleanValue() throws {
        #expect(try ExpressionFunctions.effectiveBooleanValue(bool(true)))
        #expect(try !ExpressionFunctions.effectiveBooleanValue(.typed("maybe", XSD.boolean)))
        #expect(try !ExpressionFunctions.effectiveBooleanValue(str("")))
        #expect(try ExpressionFunctions.effectiveBooleanValue(str("false")))
        #expect(try !ExpressionFunctions.effectiveBooleanValue(int("0")))
        #expect(try !ExpressionFunctions.effectiveBooleanValue(dbl("NaN")))
        #expect(try ExpressionFunctions.effectiveBooleanValue(dec("0.1")))
        #expect(try !ExpressionFunctions.effectiveBooleanValue(.typed("x", XSD.integer)))
        #expect(throws: ExpressionError.self) { try ExpressionFunctions.effectiveBooleanValue(.iri("http://a")) }
        #expect(throws: ExpressionError.self) { try ExpressionFunctions.effectiveBooleanValue(dt("2002-10-10T12:00:00Z")) }
    }

    @Test func orderByTotalOrder() {
        let terms: [Term?] = [str("b"), nil, .iri("http://b"), int("10"), .blankNode("x"), dbl("2"),
                              .iri("http://a"), lang("a", "en"), str("a"), .typed("z", "http://example.org/t"),
                              dec("2.5"), bool(false), dt("2002-10-10T12:00:00Z")]
        let sorted = terms.sorted { ExpressionFunctions.orderCompare($0, $1) < 0 }
        #expect(sorted == [nil, .blankNode("x"), .iri("http://a"), .iri("http://b"), dbl("2"), dec("2.5"), int("10"),
                           bool(false), dt("2002-10-10T12:00:00Z"), str("a"), str("b"), lang("a", "en"),
                           .typed("z", "http://example.org/t")])
        for a in terms { for b in terms {
            #expect(ExpressionFunctions.orderCompare(a, b) == -ExpressionFunctions.orderCompare(b, a))
        } }
        #expect(ExpressionFunctions.orderCompare(int("1"), dec("1.0")) != 0)
    }
}
