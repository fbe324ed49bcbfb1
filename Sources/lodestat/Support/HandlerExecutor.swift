import ArgumentParser
import Server

/// `lodestat serve --executor swift|event-loops`.
extension HandlerExecutor: ExpressibleByArgument {}
