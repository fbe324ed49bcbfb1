/// Every parser (and remote mode's request → query-text path) the fuzzer drives, by the name `fuzz/run.sh`, the corpus folders and
/// `LODESTAT_FUZZ_TARGET` use.
public enum FuzzTarget: String, CaseIterable, Sendable {
    case ntriples, nquads, turtle, trig, rdfxml, jsonld
    case sparql
    case resultsJSON = "results-json", resultsXML = "results-xml", resultsCSV = "results-csv", resultsTSV = "results-tsv"
    case sdmxml
    case accept, acceptLanguage = "accept-language", form
    /// Whole requests through the real application (limits, response cache, router, middlewares).
    case app
    case remote

    /// Feeds one input to the target's parser. A thrown error is an expected outcome and is
    /// swallowed; only a crash, a trap, a hang or a sanitizer report is a finding.
    public func run(_ data: UnsafeRawBufferPointer) {
        switch self {
        case .ntriples: FuzzHarness.ntriples(data)
        case .nquads: FuzzHarness.nquads(data)
        case .turtle: FuzzHarness.turtle(data)
        case .trig: FuzzHarness.trig(data)
        case .rdfxml: FuzzHarness.rdfxml(data)
        case .jsonld: FuzzHarness.jsonld(data)
        case .sparql: FuzzHarness.sparql(data)
        case .resultsJSON: FuzzHarness.resultsJSON(data)
        case .resultsXML: FuzzHarness.resultsXML(data)
        case .resultsCSV: FuzzHarness.resultsCSV(data)
        case .resultsTSV: FuzzHarness.resultsTSV(data)
        case .sdmxml: FuzzHarness.sdmxml(data)
        case .accept: FuzzHarness.accept(data)
        case .acceptLanguage: FuzzHarness.acceptLanguage(data)
        case .form: FuzzHarness.form(data)
        case .app: FuzzHarness.app(data)
        case .remote: FuzzHarness.remote(data)
        }
    }

    /// Feeds `bytes` to the target.
    public func run(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { run($0) }
    }
}
