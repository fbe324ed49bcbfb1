/// `Join(BGP, BGP)` is one BGP (section 18.2.2.8): merged so their triples are ordered together.
enum BGPMerging {
    static func apply(_ a: Algebra) -> Algebra {
        a.rewrite { node in
            if case .join(.bgp(let x), .bgp(let y)) = node { return .bgp(x + y) }
            if case .join(.bgp(let x), let other) = node, x.isEmpty { return other }
            if case .join(let other, .bgp(let y)) = node, y.isEmpty { return other }
            return nil
        }
    }
}
