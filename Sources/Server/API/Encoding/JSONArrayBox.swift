/// The items of a JSON array.
final class JSONArrayBox {
    var items: [JSONFragment] = []
}
