import Foundation
import RDF
@testable import SPARQL

/// Shorthands for literals in tests.
func str(_ s: String) -> Term { .string(s) }
func lang(_ s: String, _ l: String) -> Term { .langString(s, l) }
func int(_ s: String) -> Term { .typed(s, XSD.integer) }
func dec(_ s: String) -> Term { .typed(s, XSD.decimal) }
func dbl(_ s: String) -> Term { .typed(s, XSD.double) }
func flt(_ s: String) -> Term { .typed(s, XSD.float) }
func bool(_ b: Bool) -> Term { .typed(b ? "true" : "false", XSD.boolean) }
func dt(_ s: String) -> Term { .typed(s, XSD.dateTime) }

let testContext = FunctionContext(now: Date(timeIntervalSince1970: 1_000_000_000.5), baseIRI: "http://example.org/base/")

/// Calls a built-in, or nil when it raises an error.
func call(_ name: String, _ args: Term...) -> Term? {
    try? ExpressionFunctions.call(name, args, testContext)
}

/// True when the built-in raises an error.
func fails(_ name: String, _ args: Term...) -> Bool {
    (try? ExpressionFunctions.call(name, args, testContext)) == nil
}
