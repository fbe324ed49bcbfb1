import Foundation
import RDF
import Testing
@testable import SPARQL

@Suite struct TermAndDateFunctionTests {
    @Test func termAccessors() {
        #expect(call("STR", .iri("http://example.org/x")) == str("http://example.org/x"))
        #expect(call("STR", lang("chat", "fr")) == str("chat"))
        #expect(fails("STR", .blankNode("b")))
        #expect(call("LANG", lang("chat", "FR")) == str("fr"))
        #expect(call("LANG", str("chat")) == str(""))
        #expect(call("DATATYPE", int("1")) == .iri(XSD.integer))
        #expect(call("DATATYPE", str("a")) == .iri(XSD.string))
        #expect(call("DATATYPE", lang("a", "en")) == .iri(RDFVocabulary.langString))
        #expect(call("isIRI", .iri("http://a")) == bool(true))
        #expect(call("isBlank", .blankNode("a")) == bool(true))
        #expect(call("isLiteral", int("1")) == bool(true))
        #expect(call("isNumeric", int("1")) == bool(true))
        #expect(call("isNumeric", .typed("1200", XSD.byte)) == bool(false))
        #expect(call("isNumeric", str("1")) == bool(false))
        #expect(call("sameTerm", int("1"), dec("1.0")) == bool(false))
        #expect(fails("NOSUCHFUNCTION", int("1")))
        #expect(fails("STR"))
    }

    @Test func langMatches() {
        #expect(call("LANGMATCHES", str("fr-BE"), str("FR")) == bool(true))
        #expect(call("LANGMATCHES", str("fr"), str("fr-BE")) == bool(false))
        #expect(call("LANGMATCHES", str("fr"), str("*")) == bool(true))
        #expect(call("LANGMATCHES", str(""), str("*")) == bool(false))
        #expect(call("LANGMATCHES", str("frc"), str("fr")) == bool(false))
    }

    @Test func constructors() {
        #expect(call("IRI", str("x")) == .iri("http://example.org/base/x"))
        #expect(call("URI", .iri("http://a/")) == .iri("http://a/"))
        #expect(fails("IRI", lang("x", "en")))
        #expect(call("STRDT", str("123"), .iri(XSD.integer)) == int("123"))
        #expect(fails("STRDT", lang("123", "en"), .iri(XSD.integer)))
        #expect(call("STRLANG", str("chat"), str("en-GB")) == lang("chat", "en-gb"))
        #expect(fails("STRLANG", lang("chat", "fr"), str("en")))
        #expect(fails("STRLANG", str("chat"), str("")))
    }

    @Test func blankNodesPerRow() {
        let c = FunctionContext()
        let a0 = c.bnode(for: "a", row: 0), a0b = c.bnode(for: "a", row: 0), a1 = c.bnode(for: "a", row: 1)
        #expect(a0 == a0b && a0 != a1 && a0.isBlankNode)
        #expect(c.bnode(for: "b", row: 0) != a0)
        #expect(c.bnode(for: nil, row: 0) != c.bnode(for: nil, row: 0))
        c.row = 5
        let viaCall = try? ExpressionFunctions.call("BNODE", [str("a")], c)
        #expect(viaCall == c.bnode(for: "a", row: 5))
    }

    @Test func uuids() {
        guard case .iri(let u)? = call("UUID"), case .literal(let s)? = call("STRUUID") else {
            Issue.record("UUID/STRUUID gave no term"); return
        }
        let shape = #/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/#
        #expect(u.hasPrefix("urn:uuid:") && String(u.dropFirst(9)).wholeMatch(of: shape) != nil)
        #expect(s.isPlainString && s.lexicalForm.wholeMatch(of: shape) != nil)
        #expect(call("STRUUID") != call("STRUUID"))
    }

    @Test func dateTimeAccessors() {
        let v = dt("2011-01-10T14:45:13.815-05:00")
        #expect(call("YEAR", v) == int("2011"))
        #expect(call("MONTH", v) == int("1"))
        #expect(call("DAY", v) == int("10"))
        #expect(call("HOURS", v) == int("14"))
        #expect(call("MINUTES", v) == int("45"))
        #expect(call("SECONDS", v) == dec("13.815"))
        #expect(call("TIMEZONE", v) == .typed("-PT5H", XSD.dayTimeDuration))
        #expect(call("TIMEZONE", dt("2011-01-10T14:45:13Z")) == .typed("PT0S", XSD.dayTimeDuration))
        #expect(fails("TIMEZONE", dt("2011-01-10T14:45:13")))
        #expect(call("TZ", v) == str("-05:00"))
        #expect(call("TZ", dt("2011-01-10T14:45:13Z")) == str("Z"))
        #expect(call("TZ", dt("2011-01-10T14:45:13")) == str(""))
        #expect(fails("YEAR", str("2011-01-10T14:45:13")))
        #expect(fails("YEAR", dt("2011-13-10T14:45:13")))
        #expect(call("NOW") == dt("2001-09-09T01:46:40.5Z"))
    }

    @Test func hashes() {
        #expect(call("MD5", str("abc")) == str("900150983cd24fb0d6963f7d28e17f72"))
        #expect(call("MD5", str("")) == str("d41d8cd98f00b204e9800998ecf8427e"))
        #expect(call("SHA1", str("abc")) == str("a9993e364706816aba3e25717850c26c9cd0d89d"))
        #expect(call("SHA256", str("abc")) == str("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"))
        #expect(call("SHA384", str("abc")) == str(
            "cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7"))
        #expect(call("SHA512", str("abc")) == str(
            "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd"
            + "454d4423643ce80e2a9ac94fa54ca49f"))
        // Two-block message (FIPS 180 test vector) and a multi-byte UTF-8 input.
        #expect(call("SHA256", str("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"))
                == str("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"))
        #expect(call("MD5", str("The quick brown fox jumps over the lazy dog")) == str("9e107d9d372bb6826bd81d3542a419d6"))
        #expect(fails("MD5", lang("abc", "en")))
    }

    @Test func casts() {
        func cast(_ type: String, _ t: Term) -> Term? { call(XSD.namespace + type, t) }
        #expect(cast("integer", str("13")) == int("13"))
        #expect(cast("integer", str("1.5")) == nil)
        #expect(cast("integer", dbl("-7.9")) == int("-7"))
        #expect(cast("integer", dbl("INF")) == nil)
        #expect(cast("integer", bool(true)) == int("1"))
        #expect(cast("decimal", str("+33.3300")) == dec("33.33"))
        #expect(cast("decimal", str("1E0")) == nil)
        #expect(cast("double", str("-10.2E3")) == dbl("-1.02E4"))
        #expect(cast("double", int("0")) == dbl("0.0E0"))
        #expect(cast("float", dec("1.25")) == flt("1.25E0"))
        #expect(cast("boolean", str("0")) == bool(false))
        #expect(cast("boolean", dbl("NaN")) == bool(false))
        #expect(cast("boolean", int("2")) == bool(true))
        #expect(cast("boolean", str("yes")) == nil)
        #expect(cast("string", .iri("http://example.org/z")) == str("http://example.org/z"))
        #expect(cast("string", dec("1.0")) == str("1"))
        #expect(cast("string", dbl("1E0")) == str("1"))
        #expect(cast("string", dbl("1E7")) == str("1.0E7"))
        #expect(cast("string", .typed("0", XSD.boolean)) == str("false"))
        #expect(cast("string", str("+33.3300")) == str("+33.3300"))
        #expect(cast("dateTime", str("2002-10-10T17:00:00Z")) == dt("2002-10-10T17:00:00Z"))
        #expect(cast("dateTime", str("2002-10-10")) == nil)
        #expect(cast("date", dt("2002-10-10T17:00:00Z")) == .typed("2002-10-10Z", XSD.date))
        #expect(cast("byte", int("300")) == nil)
        #expect(cast("byte", int("-128")) == .typed("-128", XSD.byte))
        #expect(cast("integer", .blankNode("b")) == nil)
        #expect(cast("integer", lang("1", "en")) == nil)
        #expect(fails("http://example.org/notACast", int("1")))
    }
}

@Suite struct FunctionNameTests {
    @Test func everyBuiltInNameIsDispatched() {
        for name in ExpressionFunctions.builtInNames {
            // Each name must reach its implementation: the only acceptable errors are about arguments.
            do { _ = try ExpressionFunctions.call(name, [], testContext) } catch let e as ExpressionError {
                if case .unknownFunction = e { Issue.record("\(name) is listed but not dispatched") }
            } catch { Issue.record("\(name): unexpected error \(error)") }
        }
        #expect(ExpressionFunctions.isKnown("strlen"))
        #expect(ExpressionFunctions.isKnown(XSD.dateTime))
        #expect(!ExpressionFunctions.isKnown("IF"))
        #expect(!ExpressionFunctions.isKnown("http://example.org/f"))
    }
}
