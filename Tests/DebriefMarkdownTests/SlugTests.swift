import Testing
@testable import DebriefMarkdown

@Suite("Slugs")
struct SlugTests {
    @Test("slugs are lower-case ASCII words joined by hyphens", arguments: [
        ("Root cause: DB Failover!", "root-cause-db-failover"),
        ("2024-07-15 Checkout outage", "2024-07-15-checkout-outage"),
        ("Zoë & Łukasz", "zoe-lukasz"),
        ("../../etc/passwd", "etc-passwd"),
        ("", ""),
    ])
    func slugs(input: String, expected: String) {
        #expect(Slug.make(input) == expected)
    }
}
