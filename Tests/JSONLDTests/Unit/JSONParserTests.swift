import RDF
import RDFFormats
import Testing

@Suite struct JSONParserTests {
    @Test func parsesValuesKeepingKeyOrderAndNumberKinds() throws {
        let v = try JSONParser().parse(#"{"z": 1, "a": 1.5, "m": [true, false, null, "s\u00e9\n"], "e": 1e2}"#)
        guard case .object(let o) = v else { Issue.record("not an object"); return }
        #expect(o.keys == ["z", "a", "m", "e"])
        #expect(o["z"] == .number(.integer(1)))
        #expect(o["a"] == .number(.double(1.5)))
        #expect(o["e"] == .number(.double(100)))
        #expect(o["m"] == .array([.bool(true), .bool(false), .null, .string("sé\n")]))
    }

    @Test func decodesSurrogatePairs() throws {
        #expect(try JSONParser().parse(#""\ud83d\ude00""#) == .string("😀"))
    }

    @Test func reportsLineAndColumn() {
        do {
            _ = try JSONParser(file: "doc.jsonld").parse("{\n  \"a\": tru\n}")
            Issue.record("accepted invalid JSON")
        } catch let e as RDFSyntaxError {
            #expect(e.file == "doc.jsonld")
            #expect(e.line == 2)
            #expect(e.column == 8)
        } catch { Issue.record("wrong error \(error)") }
    }

    @Test(arguments: ["", "{", "[1,]", "{\"a\" 1}", "01", "1.", "\"\\x\"", "[1] 2", "{\"a\":1,}", "\"a\u{01}\""])
    func rejectsInvalidJSON(_ text: String) {
        #expect(throws: RDFSyntaxError.self) { _ = try JSONParser().parse(text) }
    }

    @Test func enforcesDepthAndSizeLimits() {
        let deep = String(repeating: "[", count: 40) + String(repeating: "]", count: 40)
        #expect(throws: RDFSyntaxError.self) { _ = try JSONParser(maxDepth: 32).parse(deep) }
        #expect(throws: Never.self) { _ = try JSONParser(maxDepth: 64).parse(deep) }
        #expect(throws: RDFSyntaxError.self) { _ = try JSONParser(maxBytes: 4).parse("[1, 2, 3]") }
    }
}

@Suite struct JSONWriterTests {
    @Test func canonicalFormFollowsJCS() throws {
        let v = try JSONParser().parse(#"{"b": [1.0, 1e21, 0.000001, 1e-7, -0.5], "a": {"y": "\u0007", "x": null}}"#)
        #expect(JSONWriter.canonical(v) == #"{"a":{"x":null,"y":"\u0007"},"b":[1,1e+21,0.000001,1e-7,-0.5]}"#)
    }

    @Test func prettyOutputSortsKeys() {
        let v = JSONValue.object(JSONObject([("b", 1), ("a", .array([]))]))
        #expect(JSONWriter.write(v) == "{\n  \"a\": [],\n  \"b\": 1\n}")
    }

    @Test(arguments: [(1.1, "1.1E0"), (1e21, "1.0E21"), (0.5, "5.0E-1"), (-123.456, "-1.23456E2"), (0, "0.0E0"), (5.3, "5.3E0")])
    func xsdDoubleCanonicalForm(_ value: Double, _ expected: String) {
        #expect(NumberFormatting.xsdDouble(value) == expected)
    }
}
