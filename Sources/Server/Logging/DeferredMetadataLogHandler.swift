import Logging

/// swift-log's stderr handler, with the logger's metadata kept as given and formatted only when a
/// line is written. `StreamLogHandler` formats its metadata on every change, and Hummingbird sets
/// a request id on the logger of every request, so it formatted once per request even when the
/// request wrote no line. Lines are `StreamLogHandler`'s (same format, same stream).
struct DeferredMetadataLogHandler: LogHandler {
    private var inner: StreamLogHandler
    var metadata: Logger.Metadata = [:]

    init(label: String) {
        inner = .standardError(label: label)
    }

    var logLevel: Logger.Level {
        get { inner.logLevel }
        set { inner.logLevel = newValue }
    }

    var metadataProvider: Logger.MetadataProvider? {
        get { inner.metadataProvider }
        set { inner.metadataProvider = newValue }
    }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        var event = event
        if !metadata.isEmpty {
            event.metadata = metadata.merging(event.metadata ?? [:]) { _, explicit in explicit }
        }
        inner.log(event: event)
    }
}
