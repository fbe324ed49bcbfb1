/// The header and form parsing lives in `HTTPNegotiation` (no Hummingbird, so the fuzz harness reaches it
/// without the server); routes and tests see it through `Server`.
@_exported import HTTPNegotiation
