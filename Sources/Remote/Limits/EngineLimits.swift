/// What one replica may ask of the engine (`lodestat serve --engine-…`): how many requests at once,
/// when to stop asking a failing engine, and how to tell the engine a query's time budget.
public struct EngineLimits: Sendable, Equatable {
    /// How the time budget of a query is passed to the engine, as a protocol parameter.
    public struct TimeoutParameter: Sendable, Equatable {
        public enum Unit: String, Sendable, CaseIterable {
            case milliseconds = "ms", seconds = "s"
        }

        /// The parameter's name (`timeout` for Virtuoso, Stardog, GraphDB, Fuseki).
        public var name: String
        public var unit: Unit

        public init(name: String, unit: Unit) {
            self.name = name
            self.unit = unit
        }

        /// The parameter's value for `seconds` left, rounded up, never under 1.
        public func value(seconds: Double) -> String {
            let scaled = unit == .milliseconds ? seconds * 1000 : seconds
            guard scaled.isFinite, scaled < 1e12 else { return "1000000000000" }
            return String(max(1, Int(scaled.rounded(.up))))
        }
    }

    /// Most requests in flight to the engine from this replica; one more fails at once with
    /// `RemoteError.overloaded` (503 with `Retry-After`).
    public var maxConcurrent: Int
    /// Consecutive failures (unreachable, 5xx, timeouts of the server's own queries) that open the
    /// circuit; 0 never opens it.
    public var breakerFailures: Int
    /// Seconds an open circuit fails requests at once before one request is let through as a probe.
    public var breakerCooldown: Double
    /// The parameter carrying each query's time budget; nil sends none. `timeout` in milliseconds
    /// by default: Virtuoso's (its "anytime" partial answers are refused, `HTTPReply.isPartial`);
    /// engines that do not know it ignore it (Oxigraph bounds queries with its own `--timeout-s`).
    public var timeoutParameter: TimeoutParameter?

    public static let defaultMaxConcurrent = 16
    public static let defaultBreakerFailures = 5
    public static let defaultBreakerCooldown = 10.0

    public init(maxConcurrent: Int = defaultMaxConcurrent, breakerFailures: Int = defaultBreakerFailures,
                breakerCooldown: Double = defaultBreakerCooldown,
                timeoutParameter: TimeoutParameter? = TimeoutParameter(name: "timeout", unit: .milliseconds)) {
        self.maxConcurrent = maxConcurrent
        self.breakerFailures = breakerFailures
        self.breakerCooldown = breakerCooldown
        self.timeoutParameter = timeoutParameter
    }

    /// No cap and no breaker (the publishing CLI: one request at a time, failures reported).
    public static let unlimited = EngineLimits(maxConcurrent: .max, breakerFailures: 0)
}

extension EngineLimits {
    /// The limits the `serve` flags give, or a message naming the flag and its valid values.
    /// `timeoutParameter` "none" sends no parameter; a name is a URL-safe token.
    public static func validated(maxConcurrent: Int, breakerFailures: Int, breakerCooldown: Double,
                                 timeoutParameter: String, timeoutUnit: String) -> Result<EngineLimits, LimitError> {
        guard (1...100_000).contains(maxConcurrent) else {
            return .failure(LimitError("--engine-max-concurrent must be from 1 to 100000, not \(maxConcurrent)"))
        }
        guard (0...1_000_000).contains(breakerFailures) else {
            return .failure(LimitError("--engine-breaker-failures must be from 0 (never open) to 1000000, not \(breakerFailures)"))
        }
        guard breakerCooldown.isFinite, breakerCooldown > 0, breakerCooldown <= 3600 else {
            return .failure(LimitError("--engine-breaker-cooldown must be a number of seconds above 0 and at most 3600, not \(breakerCooldown)"))
        }
        guard let unit = TimeoutParameter.Unit(rawValue: timeoutUnit) else {
            return .failure(LimitError("--engine-timeout-unit must be ms or s, not '\(timeoutUnit)'"))
        }
        var parameter: TimeoutParameter?
        if timeoutParameter != "none" {
            let token = timeoutParameter.unicodeScalars.allSatisfy {
                $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "-_.".unicodeScalars.contains($0))
            }
            guard !timeoutParameter.isEmpty, token, !["query", "default-graph-uri", "named-graph-uri"].contains(timeoutParameter) else {
                return .failure(LimitError("--engine-timeout-parameter must be a parameter name (letters, digits, - _ .) "
                    + "other than the SPARQL protocol's own, or none, not '\(timeoutParameter)'"))
            }
            parameter = TimeoutParameter(name: timeoutParameter, unit: unit)
        }
        return .success(EngineLimits(maxConcurrent: maxConcurrent, breakerFailures: breakerFailures,
                                     breakerCooldown: breakerCooldown, timeoutParameter: parameter))
    }

    /// A flag value out of its bounds.
    public struct LimitError: Error, Equatable, CustomStringConvertible {
        public let description: String
        init(_ description: String) { self.description = description }
    }
}
