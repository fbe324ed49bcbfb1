import Server
import Testing

@Suite("application/x-www-form-urlencoded decoding (query strings and form bodies)")
struct FormDecodingTests {
    @Test("pairs in order, repeated keys kept, empty pairs skipped, a missing value is empty")
    func pairs() {
        let pairs = FormDecoding.decode("a=1&&b=2&a=3&flag&=x")
        #expect(pairs.map(\.name) == ["a", "b", "a", "flag", ""])
        #expect(pairs.map(\.value) == ["1", "2", "3", "", "x"])
        #expect(FormDecoding.decode("").isEmpty)
    }

    @Test("plus is a space, %XX a byte (UTF-8 reassembled), the first = splits")
    func escapes() {
        let pairs = FormDecoding.decode("query=SELECT+%3Fs+WHERE+%7B+%3Fs+%3Fp+%22caf%C3%A9%22+%7D&k=a%3Db=c")
        #expect(pairs[0].value == "SELECT ?s WHERE { ?s ?p \"café\" }")
        #expect(pairs[1].name == "k" && pairs[1].value == "a=b=c")
    }

    @Test("invalid or cut escapes are kept as they are; invalid UTF-8 becomes U+FFFD, never a crash")
    func invalid() {
        #expect(FormDecoding.decode("a=%zz%4")[0].value == "%zz%4")
        #expect(FormDecoding.decode("a=100%")[0].value == "100%")
        #expect(FormDecoding.decode("a=%FF")[0].value == "\u{FFFD}")
        #expect(FormDecoding.unescape("x+%41%42"[...]) == "x AB")
    }
}
