/// The outcome of validating a data graph against a shapes graph.
public struct ValidationReport: Sendable {
    public var results: [ValidationResult]
    /// Focus nodes checked (over all targeted shapes).
    public var focusNodeCount: Int

    public init(results: [ValidationResult], focusNodeCount: Int) {
        self.results = results
        self.focusNodeCount = focusNodeCount
    }

    /// SHACL's `sh:conforms`: no result at all.
    public var conforms: Bool { results.isEmpty }
    public var violations: [ValidationResult] { results.filter { $0.severity == .violation } }
    public var hasViolations: Bool { results.contains { $0.severity == .violation } }
}
