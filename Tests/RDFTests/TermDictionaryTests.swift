import RDF
import Testing

@Suite struct TermDictionaryTests {
    @Test func internsEachTermOnceAndDecodes() {
        var dict = TermDictionary(capacity: 4)
        let terms: [Term] = [.iri("http://ex/a"), .blankNode("b0"), .string("x"), .langString("chat", "FR"),
                             .typed("1", XSD.integer), .string(""), .iri("http://ex/a#é")]
        var ids: [TermID] = []
        for _ in 0..<3 { ids = terms.map { dict.intern($0) } }
        #expect(Set(ids).count == terms.count)
        #expect(dict.count == terms.count)
        for (t, id) in zip(terms, ids) {
            #expect(dict.term(id) == t)
            #expect(dict.lookup(t) == id)
        }
        #expect(dict.lookup(.iri("http://ex/missing")) == nil)
        // Same lexical form, different kinds, are different terms.
        #expect(dict.intern(.string("http://ex/a")) != dict.intern(.iri("http://ex/a")))
    }

    @Test func growsPastManyTerms() {
        var dict = TermDictionary()
        for i in 0..<50_000 { _ = dict.intern(.iri("http://ex/\(i)")) }
        #expect(dict.count == 50_000)
        #expect(dict.lookup(.iri("http://ex/49999")).map { dict.term($0) } == .iri("http://ex/49999"))
    }
}
