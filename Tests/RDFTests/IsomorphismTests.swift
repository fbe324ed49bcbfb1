import RDF
import Testing

@Suite struct IsomorphismTests {
    let p = Term.iri("http://ex/p")

    @Test func matchesBlankNodesUpToRenaming() {
        let a = [Triple(.blankNode("x"), p, .blankNode("y")), Triple(.blankNode("y"), p, .string("1"))]
        let b = [Triple(.blankNode("q"), p, .string("1")), Triple(.blankNode("r"), p, .blankNode("q"))]
        #expect(Isomorphism.areIsomorphic(a, b))
    }

    @Test func distinguishesStructure() {
        let cycle = [Triple(.blankNode("a"), p, .blankNode("b")), Triple(.blankNode("b"), p, .blankNode("a"))]
        let loops = [Triple(.blankNode("a"), p, .blankNode("a")), Triple(.blankNode("b"), p, .blankNode("b"))]
        #expect(!Isomorphism.areIsomorphic(cycle, loops))
        #expect(!Isomorphism.areIsomorphic([Triple(.iri("http://ex/s"), p, .string("1"))],
                                           [Triple(.iri("http://ex/s"), p, .string("2"))]))
    }

    @Test func handlesSymmetricGraphsNeedingBacktracking() {
        // Two 3-cycles vs one 6-cycle: every node has the same colour after refinement.
        func cycle(_ names: [String]) -> [Triple] {
            names.indices.map { Triple(.blankNode(names[$0]), p, .blankNode(names[($0 + 1) % names.count])) }
        }
        let two3 = cycle(["a", "b", "c"]) + cycle(["d", "e", "f"])
        let one6 = cycle(["a", "b", "c", "d", "e", "f"])
        #expect(!Isomorphism.areIsomorphic(two3, one6))
        #expect(Isomorphism.areIsomorphic(two3, cycle(["x", "y", "z"]) + cycle(["u", "v", "w"])))
    }
}
