import RDF
import Testing
@testable import SPARQL

@Suite struct StringFunctionTests {
    @Test func strlenCountsCodePoints() {
        #expect(call("STRLEN", str("chat")) == int("4"))
        #expect(call("strlen", lang("chat", "en")) == int("4"))
        #expect(call("STRLEN", str("😀a")) == int("2"))
        #expect(fails("STRLEN", .iri("http://example.org/")))
        #expect(fails("STRLEN", int("1")))
    }

    @Test func substrPerXPath() {
        #expect(call("SUBSTR", str("foobar"), int("4")) == str("bar"))
        #expect(call("SUBSTR", lang("foobar", "en"), int("4"), int("1")) == lang("b", "en"))
        #expect(call("SUBSTR", str("motor car"), int("6")) == str(" car"))
        #expect(call("SUBSTR", str("metadata"), int("4"), int("3")) == str("ada"))
        #expect(call("SUBSTR", str("12345"), dec("1.5"), dec("2.6")) == str("234"))
        #expect(call("SUBSTR", str("12345"), int("0"), int("3")) == str("12"))
        #expect(call("SUBSTR", str("😀bc"), int("2")) == str("bc"))
        #expect(fails("SUBSTR", str("abc"), str("1")))
    }

    @Test func caseFunctionsKeepLanguage() {
        #expect(call("UCASE", lang("foo", "en")) == lang("FOO", "en"))
        #expect(call("LCASE", str("BAR")) == str("bar"))
    }

    @Test func startsEndsContainsCompatibility() {
        #expect(call("STRSTARTS", str("foobar"), str("foo")) == bool(true))
        #expect(call("STRSTARTS", lang("foobar", "en"), lang("foo", "en")) == bool(true))
        #expect(call("STRSTARTS", lang("foobar", "en"), str("foo")) == bool(true))
        #expect(fails("STRSTARTS", str("foobar"), lang("foo", "en")))
        #expect(fails("STRSTARTS", lang("foobar", "en"), lang("foo", "fr")))
        #expect(call("STRENDS", str("foobar"), str("bar")) == bool(true))
        #expect(call("CONTAINS", str("foobar"), str("bar")) == bool(true))
        #expect(call("CONTAINS", str("foobar"), str("baz")) == bool(false))
        #expect(call("CONTAINS", str("foobar"), str("")) == bool(true))
    }

    @Test func strBeforeAfter() {
        #expect(call("STRBEFORE", str("abc"), str("b")) == str("a"))
        #expect(call("STRBEFORE", lang("abc", "en"), str("bc")) == lang("a", "en"))
        #expect(fails("STRBEFORE", lang("abc", "en"), lang("b", "cy")))
        #expect(call("STRBEFORE", lang("abc", "en"), str("")) == lang("", "en"))
        #expect(call("STRBEFORE", str("abc"), str("xyz")) == str(""))
        #expect(call("STRAFTER", str("abc"), str("b")) == str("c"))
        #expect(call("STRAFTER", lang("abc", "en"), lang("ab", "en")) == lang("c", "en"))
        #expect(call("STRAFTER", lang("abc", "en"), str("z")) == str(""))
        #expect(call("STRAFTER", lang("abc", "en"), str("")) == lang("abc", "en"))
    }

    @Test func concat() {
        #expect(call("CONCAT", str("foo"), str("bar")) == str("foobar"))
        #expect(call("CONCAT", lang("foo", "en"), lang("bar", "en")) == lang("foobar", "en"))
        #expect(call("CONCAT", lang("foo", "en"), str("bar")) == str("foobar"))
        #expect(call("CONCAT") == str(""))
        #expect(fails("CONCAT", str("a"), int("1")))
    }

    @Test func encodeForURI() {
        #expect(call("ENCODE_FOR_URI", str("Los Angeles")) == str("Los%20Angeles"))
        #expect(call("ENCODE_FOR_URI", lang("Los Angeles", "en")) == str("Los%20Angeles"))
        #expect(call("ENCODE_FOR_URI", str("~bébé")) == str("~b%C3%A9b%C3%A9"))
        #expect(call("ENCODE_FOR_URI", str("a/b?c")) == str("a%2Fb%3Fc"))
    }

    @Test func regex() {
        #expect(call("REGEX", str("Alice"), str("^ali"), str("i")) == bool(true))
        #expect(call("REGEX", str("Alice"), str("^ali")) == bool(false))
        #expect(call("REGEX", lang("Alice", "en"), str("ice$")) == bool(true))
        #expect(call("REGEX", str("a\nb"), str("a$")) == bool(false))
        #expect(call("REGEX", str("a\nb"), str("a$"), str("m")) == bool(true))
        #expect(call("REGEX", str("a\nb"), str("a.b")) == bool(false))
        #expect(call("REGEX", str("a\nb"), str("a.b"), str("s")) == bool(true))
        #expect(call("REGEX", str("abc"), str("a b c"), str("x")) == bool(true))
        #expect(call("REGEX", str("a+b"), str("a+"), str("q")) == bool(true))
        #expect(fails("REGEX", str("abc"), str("("), str("")))
        #expect(fails("REGEX", str("abc"), str("a"), str("z")))
        #expect(fails("REGEX", int("1"), str("1")))
    }

    @Test func replace() {
        #expect(call("REPLACE", str("abcd"), str("b"), str("Z")) == str("aZcd"))
        #expect(call("REPLACE", str("abab"), str("B"), str("Z"), str("i")) == str("aZaZ"))
        #expect(call("REPLACE", str("abab"), str("B."), str("Z"), str("i")) == str("aZb"))
        #expect(call("REPLACE", lang("abcd", "en"), str("(b)(c)"), str("$2$1")) == lang("acbd", "en"))
        #expect(call("REPLACE", str("a$b"), str("\\$"), str("\\$\\$")) == str("a$$b"))
        #expect(call("REPLACE", str("abcd"), str("(ab)|(a)"), str("[1=$1][2=$2]")) == str("[1=ab][2=]cd"))
        #expect(call("REPLACE", lang("français", "fr"), str("[^a-z0-9]"), str("-")) == lang("fran-ais", "fr"))
        #expect(fails("REPLACE", str("abc"), str(".*"), str("x")))
        #expect(fails("REPLACE", str("abc"), str("b"), str("$x")))
    }
}
