/// Sent outbound (towards the socket) by `RequestEndSignal` when a whole request — head and body —
/// has been decoded; `SlowClientGuard` stops that request's clock on it.
struct RequestReceivedEvent: Sendable {}
