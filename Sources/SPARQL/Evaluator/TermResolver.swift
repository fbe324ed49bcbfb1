import RDF

/// Maps terms to ids and back for one query: the dataset's ids first, then a per-query
/// extension dictionary for terms the query creates (BIND, functions, VALUES, CONSTRUCT),
/// which never touches the dataset. Equal terms always get equal ids.
final class TermResolver {
    /// Extension ids start here, above any id a dataset is expected to hand out.
    static let extensionBase: TermID = 0x8000_0000

    let dataset: any QueryableDataset
    private var extensions = TermDictionary(capacity: 64)
    private var datasetLookups: [Term: TermID] = [:]
    private var decoded: [TermID: Term] = [:]

    init(dataset: any QueryableDataset) {
        self.dataset = dataset
    }

    /// The dataset's id for `term`, or nil when the dataset does not know it (it then matches no quad).
    func datasetID(_ term: Term) -> TermID? {
        if let id = datasetLookups[term] { return id == 0 ? nil : id }
        let id = dataset.id(for: term)
        datasetLookups[term] = id ?? 0
        return id
    }

    /// An id for any term, creating an extension id when needed.
    func id(_ term: Term) -> TermID {
        if let id = datasetID(term) { return id }
        return Self.extensionBase + extensions.intern(term)
    }

    func isDatasetID(_ id: TermID) -> Bool { id != 0 && id < Self.extensionBase }

    func term(_ id: TermID) -> Term {
        if id >= Self.extensionBase { return extensions.term(id - Self.extensionBase) }
        if let t = decoded[id] { return t }
        let t = dataset.term(for: id)
        if decoded.count < 100_000 { decoded[id] = t }
        return t
    }
}
