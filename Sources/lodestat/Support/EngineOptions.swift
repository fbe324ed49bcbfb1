import ArgumentParser
import Remote

/// The `serve` flags bounding what one replica asks of the SPARQL engine (with --sparql-endpoint).
struct EngineOptions: ParsableArguments {
    @Option(help: "Seconds the engine work of one request may take, all its queries together (with --sparql-endpoint).")
    var engineTimeout: Double = 30
    @Option(help: ArgumentHelp("Most requests in flight to the engine from this server; more get 503 with Retry-After.", valueName: "n"))
    var engineMaxConcurrent = EngineLimits.defaultMaxConcurrent
    @Option(help: ArgumentHelp("Consecutive engine failures (unreachable, 5xx, timeouts) after which requests get 503 at once for the cool-down (0: never).", valueName: "n"))
    var engineBreakerFailures = EngineLimits.defaultBreakerFailures
    @Option(help: ArgumentHelp("Seconds requests get 503 after the engine failed --engine-breaker-failures times in a row, before one request tries it again.", valueName: "seconds"))
    var engineBreakerCooldown = EngineLimits.defaultBreakerCooldown
    @Option(help: ArgumentHelp("Protocol parameter telling the engine each query's time budget (Virtuoso: timeout), or none.", valueName: "name|none"))
    var engineTimeoutParameter = "timeout"
    @Option(help: ArgumentHelp("Unit of --engine-timeout-parameter's value.", valueName: "ms|s"))
    var engineTimeoutUnit = "ms"

    func validate() throws {
        guard engineTimeout.isFinite, engineTimeout > 0, engineTimeout <= 86_400 else {
            throw ValidationError("--engine-timeout must be a number of seconds above 0 and at most 86400, not \(engineTimeout)")
        }
        _ = try limits()
    }

    /// The limits these flags give.
    func limits() throws -> EngineLimits {
        switch EngineLimits.validated(maxConcurrent: engineMaxConcurrent, breakerFailures: engineBreakerFailures,
                                      breakerCooldown: engineBreakerCooldown, timeoutParameter: engineTimeoutParameter,
                                      timeoutUnit: engineTimeoutUnit) {
        case .success(let limits): return limits
        case .failure(let error): throw ValidationError(error.description)
        }
    }
}
