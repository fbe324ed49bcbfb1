import RDF
import Store

extension VocabularyMapping {
    /// Warnings for what the mapping names and the catalog never uses: a property no statement
    /// has, a class with no instance (`FILE:LINE: …`). Not errors: one mapping serves many
    /// catalogs; `lodestat validate` prints them.
    public func unused(in dataset: CatalogDataset) -> [String] {
        let snapshot = dataset.snapshot
        let type = snapshot.id(of: .iri(RDFVocabulary.type))
        var out: [String] = [], seen = Set<String>()
        for kind in ResourceKind.allCases {
            guard let entry = kinds[kind] else { continue }
            for cls in entry.classes where seen.insert("c " + cls).inserted {
                let used = snapshot.id(of: .iri(cls)).map { c in
                    type.map { snapshot.count(nil, $0, c, graph: .defaultGraph) > 0 } ?? false
                } ?? false
                if !used { out.append("\(place(of: cls)): warning: no resource is a <\(cls)> (map:class of map:\(kind.rawValue))") }
            }
            for field in entry.fields.keys.sorted() {
                for step in entry.fields[field, default: []].joined() where seen.insert("p " + step).inserted {
                    let used = snapshot.id(of: .iri(step)).map { snapshot.count(nil, $0, nil, graph: .defaultGraph) > 0 } ?? false
                    if !used {
                        out.append("\(place(of: step)): warning: no statement uses <\(step)> (map:\(field) of map:\(kind.rawValue))")
                    }
                }
            }
        }
        return out
    }
}
