import HTTPTypes
import NIOCore
@testable import Server
import Synchronization
import Testing

@Suite("Response cache: entries, bounds, generations, what may be kept")
struct ResponseCacheTests {
    final class Generation: Sendable {
        let value = Atomic<Int>(1)
        func bump() { value.add(1, ordering: .relaxed) }
        var current: Int { value.load(ordering: .relaxed) }
    }

    static func entry(_ text: String, route: String = "/api/x/{id}") -> ResponseCache.Entry {
        .init(head: HTTPResponse(status: .ok, headerFields: [.eTag: "\"1\"", .contentLength: "\(text.utf8.count)"]),
              body: ByteBuffer(string: text), etag: "\"1\"", route: route)
    }

    @Test func keepsAndReturnsAnswersByKey() {
        let g = Generation()
        let cache = ResponseCache(maxEntries: 10, maxBytes: 1 << 20) { g.current }
        #expect(cache.lookup("a") == nil)
        #expect(cache.store("a", Self.entry("alpha"), generation: 1))
        #expect(cache.lookup("a")?.body == ByteBuffer(string: "alpha"))
        #expect(cache.lookup("b") == nil)
        #expect(cache.size.entries == 1)
    }

    @Test func aReloadDropsEverythingAndRefusesAnswersMadeBeforeIt() {
        let g = Generation()
        let cache = ResponseCache(maxEntries: 10, maxBytes: 1 << 20) { g.current }
        cache.store("a", Self.entry("old"), generation: 1)
        g.bump()
        #expect(cache.size.entries == 0, "the size is the new generation's")
        #expect(cache.lookup("a") == nil)
        // An answer made from generation 1 that ends after the reload is not kept.
        #expect(!cache.store("a", Self.entry("old"), generation: 1))
        #expect(cache.lookup("a") == nil)
        #expect(cache.store("a", Self.entry("new"), generation: 2))
        #expect(cache.lookup("a")?.body == ByteBuffer(string: "new"))
    }

    @Test func theOldestGoFirstWhenEntriesOrBytesRunOut() {
        let cache = ResponseCache(maxEntries: 3, maxBytes: 1 << 20) { 1 }
        for k in ["a", "b", "c", "d"] { cache.store(k, Self.entry(k), generation: 1) }
        #expect(cache.lookup("a") == nil)
        #expect(cache.lookup("b") != nil && cache.lookup("d") != nil)
        #expect(cache.size.entries == 3)

        // Each entry costs its body's storage plus 512 bytes: room for two bodies of 1,000 bytes.
        let body = String(repeating: "x", count: 1000)
        let cost = ByteBuffer(string: body).storageCapacity + 512
        let small = ResponseCache(maxEntries: 100, maxBytes: 2 * cost + 100) { 1 }
        for k in ["a", "b", "c"] { small.store(k, Self.entry(body), generation: 1) }
        #expect(small.lookup("a") == nil)
        #expect(small.lookup("b") != nil && small.lookup("c") != nil)
        #expect(small.size.bytes == 2 * cost)
        // Replacing an entry does not count it twice.
        small.store("c", Self.entry(body), generation: 1)
        #expect(small.size == (entries: 2, bytes: 2 * cost))
        // A slice holds its whole storage.
        var big = ByteBuffer(string: String(repeating: "y", count: 4000))
        let slice = big.readSlice(length: 10)!
        let sliced = ResponseCache.Entry(head: HTTPResponse(status: .ok), body: slice, etag: "\"s\"", route: "/r")
        #expect(sliced.cost >= 4000)
    }

    @Test func largeAnswersAndADisabledCacheKeepNothing() {
        let cache = ResponseCache(maxEntries: 10, maxBytes: 1 << 20, maxEntryBytes: 100) { 1 }
        #expect(!cache.store("big", Self.entry(String(repeating: "x", count: 101)), generation: 1))
        #expect(cache.store("fits", Self.entry(String(repeating: "x", count: 100)), generation: 1))
        let off = ResponseCache(maxEntries: 0, maxBytes: 1 << 20) { 1 }
        #expect(!off.store("a", Self.entry("a"), generation: 1))
        #expect(off.lookup("a") == nil)
    }

    static func request(_ method: HTTPRequest.Method = .get, _ path: String = "/api/concepts/X",
                        _ fields: HTTPFields = [:]) -> HTTPRequest {
        HTTPRequest(method: method, scheme: nil, authority: "localhost", path: path, headerFields: fields)
    }

    @Test func onlyPlainGetAndHeadRequestsHaveAKey() {
        let key = ResponseCachePolicy.key(for: Self.request())
        #expect(key != nil)
        #expect(ResponseCachePolicy.key(for: Self.request(.head)) == key)
        for method in [HTTPRequest.Method.post, .put, .delete, .options] {
            #expect(ResponseCachePolicy.key(for: Self.request(method)) == nil)
        }
        let refused: [HTTPFields] = [
            [.authorization: "Bearer x"], [.cookie: "a=b"], [.origin: "https://example.org"],
            [.contentLength: "3"], [.transferEncoding: "chunked"], [.connection: "close"],
            [.cacheControl: "no-cache"], [.cacheControl: "max-age=0, no-store"], [HTTPField.Name("Pragma")!: "no-cache"],
        ]
        for fields in refused { #expect(ResponseCachePolicy.key(for: Self.request(.get, "/x", fields)) == nil, "\(fields)") }
        #expect(ResponseCachePolicy.key(for: Self.request(.get, "/x", [.contentLength: "0"])) != nil)
        #expect(ResponseCachePolicy.key(for: Self.request(.get, "/x", [.ifNoneMatch: "\"1\""]))
            == ResponseCachePolicy.key(for: Self.request(.get, "/x")))
    }

    @Test func keysSeparateTargetsAndNegotiationHeaders() {
        let keys = [
            Self.request(), Self.request(.get, "/api/concepts/X?lang=fr"), Self.request(.get, "/api/concepts/Y"),
            Self.request(.get, "/api/concepts/X", [.accept: "application/ld+json"]),
            Self.request(.get, "/api/concepts/X", [.acceptLanguage: "fr"]),
        ].map { ResponseCachePolicy.key(for: $0) }
        #expect(Set(keys.compactMap { $0 }).count == 5)
    }

    static func response(_ status: HTTPResponse.Status = .ok, _ fields: HTTPFields) -> HTTPResponse {
        HTTPResponse(status: status, headerFields: fields)
    }

    @Test func onlyValidatedSharedCacheableAnswersAreKept() {
        let good: HTTPFields = [.eTag: "\"7\"", .contentLength: "10", .cacheControl: "public, max-age=60",
                                .vary: "Accept, Accept-Language"]
        #expect(ResponseCachePolicy.etag(ifCacheable: Self.response(.ok, good)) == "\"7\"")
        #expect(ResponseCachePolicy.etag(ifCacheable: Self.response(.notModified, good)) == nil)
        #expect(ResponseCachePolicy.etag(ifCacheable: Self.response(.notFound, good)) == nil)
        let changes: [(HTTPField.Name, String?)] = [
            (.eTag, nil), (.contentLength, nil), (.cacheControl, nil), (.cacheControl, "no-cache"),
            (.cacheControl, "private, max-age=60"), (.cacheControl, "no-store"), (.vary, "Origin"), (.vary, "*"),
            (.vary, "Accept, Authorization"), (.setCookie, "a=b"),
        ]
        for (name, value) in changes {
            var fields = good
            fields[name] = value
            #expect(ResponseCachePolicy.etag(ifCacheable: Self.response(.ok, fields)) == nil, "\(name): \(value ?? "none")")
        }
    }

    @Test func datesAreIMFFixdates() {
        #expect(HTTPDate.format(0) == "Thu, 01 Jan 1970 00:00:00 GMT")
        #expect(HTTPDate.format(1_795_511_480) == "Tue, 24 Nov 2026 09:11:20 GMT")
        #expect(HTTPDate.now().hasSuffix(" GMT"))
    }

    @Test func allowedCPUsAreCountedFromTheAffinityMask() {
        #expect(EventLoopCount.allowedCPUs(status: "Name:\tx\nCpus_allowed:\t3\nCpus_allowed_list:\t0-1\n") == 2)
        #expect(EventLoopCount.allowedCPUs(status: "Cpus_allowed:\tff,00000001\n") == 9)
        #expect(EventLoopCount.allowedCPUs(status: "Cpus_allowed:\t0\n") == nil)
        #expect(EventLoopCount.allowedCPUs(status: "Name:\tx\n") == nil)
        #expect(EventLoopCount.automatic >= 1)
    }
}
