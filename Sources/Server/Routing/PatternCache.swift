import Synchronization

/// The compiled regular expressions of `ParameterConstraint.pattern`, compiled once each.
/// A pattern that does not compile matches nothing (every value is refused, never a crash);
/// `ParameterConstraintTests` compiles every pattern the routes declare.
enum PatternCache {
    private static let compiled = Mutex<[String: Regex<AnyRegexOutput>?]>([:])

    static func regex(_ pattern: String) -> Regex<AnyRegexOutput>? {
        compiled.withLock { cache in
            if let entry = cache[pattern] { return entry }
            let regex = try? Regex(pattern)
            cache[pattern] = .some(regex)
            return regex
        }
    }

    static func matches(_ pattern: String, _ value: String) -> Bool {
        guard let regex = regex(pattern) else { return false }
        return (try? regex.wholeMatch(in: value)) != nil
    }
}
