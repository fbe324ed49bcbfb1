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
    private var decoded = DecodedTermCache()

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

    @inline(__always)
    func isDatasetID(_ id: TermID) -> Bool { id != 0 && id < Self.extensionBase }

    func term(_ id: TermID) -> Term {
        if id >= Self.extensionBase { return extensions.term(id - Self.extensionBase) }
        if let t = decoded[id] { return t }
        let t = dataset.term(for: id)
        decoded[id] = t
        return t
    }

    /// The language tag of `id` (see `QueryableDataset.languageTag(of:)`), without decoding dataset terms.
    func languageTag(_ id: TermID) -> String? {
        if id >= Self.extensionBase {
            guard case .literal(let l) = extensions.term(id - Self.extensionBase) else { return nil }
            return l.language ?? ""
        }
        return dataset.languageTag(of: id)
    }

    /// The lexical form of `id` when it is a string literal (see `QueryableDataset.stringLexicalForm(of:)`).
    func stringLexicalForm(_ id: TermID) -> String? {
        if id >= Self.extensionBase {
            guard case .literal(let l) = extensions.term(id - Self.extensionBase),
                  l.language != nil || l.datatype == XSD.string else { return nil }
            return l.lexicalForm
        }
        return dataset.stringLexicalForm(of: id)
    }
}

/// A direct-mapped cache of decoded dataset terms: one slot per `id & mask`, no hashing, bounded
/// memory. It starts small (cheap for tiny queries) and grows while it keeps missing. A term is
/// kept on its second decode, so terms seen once (most results' subjects) never churn it.
struct DecodedTermCache {
    private var ids: [TermID] = []
    private var terms: [Term?] = []
    /// The id last decoded for each slot, not (yet) kept.
    private var candidates: [TermID] = []
    private var misses = 0
    private static let maxSize = 1 << 15

    subscript(id: TermID) -> Term? {
        get {
            guard !ids.isEmpty else { return nil }
            let i = Int(id) & (ids.count - 1)
            return ids[i] == id ? terms[i] : nil
        }
        set {
            misses += 1
            if ids.isEmpty || (misses > ids.count * 2 && ids.count < Self.maxSize) {
                let size = ids.isEmpty ? 16 : Swift.min(ids.count * 4, Self.maxSize)
                ids = [TermID](repeating: 0, count: size)
                terms = [Term?](repeating: nil, count: size)
                candidates = [TermID](repeating: 0, count: size)
                misses = 0
            }
            let i = Int(id) & (ids.count - 1)
            guard candidates[i] == id else { candidates[i] = id; return }
            ids[i] = id
            terms[i] = newValue
        }
    }
}
