import Catalog
import RDF

extension CatalogMapper {
    /// Each `xkos:Correspondence` between two schemes published as codelists, as a 3.0
    /// representation map (the 2.1 structure set is derived from it, `RepresentationMap.structureSet`).
    ///
    /// Source and target are `lds:sourceClassification` / `lds:targetClassification` (else the
    /// two `xkos:compares`, in IRI order); each `xkos:ConceptAssociation` of `xkos:madeOf` gives
    /// one pair per (source concept, target concept), with the codes' ids in their codelists.
    /// Associations naming a concept outside the two codelists are left out; the association
    /// kind and the "fully covered" flag have no SDMX counterpart (documented loss).
    mutating func representationMaps(codelists: [Term: Codelist]) -> [RepresentationMap] {
        var maps: [RepresentationMap] = []
        var codeIDs: [Term: [Term: String]] = [:]
        for table in graph.instances(of: XKOS.Correspondence).sorted() where !table.isLiteral {
            let compared = graph.objects(table, XKOS.compares).sorted()
            guard let sourceScheme = graph.object(table, LDS.sourceClassification) ?? compared.first,
                  let targetScheme = graph.object(table, LDS.targetClassification) ?? compared.dropFirst().first,
                  let source = codelists[sourceScheme], let target = codelists[targetScheme] else { continue }
            for scheme in [sourceScheme, targetScheme] where codeIDs[scheme] == nil {
                codeIDs[scheme] = Dictionary(hierarchy(of: scheme).map { ($0.term, $0.id) }, uniquingKeysWith: { a, _ in a })
            }
            let sourceIDs = codeIDs[sourceScheme] ?? [:], targetIDs = codeIDs[targetScheme] ?? [:]
            var pairs = Set<CodePair>()
            for association in graph.objects(table, XKOS.madeOf) {
                let from = graph.objects(association, XKOS.sourceConcept).compactMap { sourceIDs[$0] }
                let to = graph.objects(association, XKOS.targetConcept).compactMap { targetIDs[$0] }
                for s in from { for t in to { pairs.insert(CodePair(source: s, target: t)) } }
            }
            let identity = self.identity(of: table)
            let from = graph.string(table, SchemaOrg.startDate).flatMap(Day.init).map { $0.description + "T00:00:00" }
            let to = graph.string(table, SchemaOrg.endDate).flatMap(Day.init).map { $0.description + "T23:59:59" }
            maps.append(RepresentationMap(identity: identity, names: names(table, fallback: identity.id),
                                          descriptions: descriptions(table), source: source.reference,
                                          target: target.reference, pairs: pairs.sorted(), validFrom: from, validTo: to))
        }
        return maps
    }
}
