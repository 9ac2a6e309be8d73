import Foundation
import Testing
@testable import DebriefSite

/// A view boxed through its synthesized `Encodable` code (``MustacheView``) is the
/// tree reflection makes, field for field, so templates and page keys see no change.
@Suite struct MustacheTreeTests {
    typealias F = PageFixtures

    static func views() -> [(String, Any)] {
        let measured = SiteMeasures(loaded: F.all, config: F.config)
        var views: [(String, Any)] = F.all.map { ($0.incident.slug, IncidentPageView($0, all: F.incidents, config: F.config) as Any) }
        views.append(("index", IndexPageView(incidents: F.incidents, config: F.config, facet: nil, browse: measured.browse)))
        views.append(("index-empty", IndexPageView(incidents: [], config: F.config, allServices: [])))
        views.append(("ledger", LedgerPageView(ledger: measured.ledger, asOf: measured.ledgerAsOf, config: F.config)))
        views.append(("metrics", MetricsPageView(config: F.config)))
        views.append(("services", ServicesPageView(services: measured.services, config: F.config)))
        for index in 0..<measured.digestReports.count {
            views.append(("digest \(index)", DigestPageView(measured.digestReports[index], weeks: measured.digestWeeks, config: F.config)))
        }
        views.append(("digest index", DigestIndexView(reports: measured.digestReports, undatedCount: measured.undatedCount, config: F.config)))
        return views
    }

    @Test func encodedTreeIsTheReflectedTree() throws {
        let views = Self.views()
        #expect(views.count > 9)
        for (name, view) in views {
            #expect(view is any MustacheView, "\(name)")
            let encoded = try #require(MustacheBox.box(view)), reflected = try #require(MustacheBox.mirrored(view))
            #expect(ValueHash().of(encoded) == ValueHash().of(reflected), "\(name)")
            #expect(String(describing: encoded).count == String(describing: reflected).count, "\(name)")
        }
    }

    @Test func nilOptionalsAreLeftOutAndArraysStayArrays() throws {
        struct Leaf: MustacheView { let text: String; let note: String?; let count: Int; let ratio: Double; let on: Bool }
        struct Page: MustacheView { let leaves: [Leaf]; let names: [String]; let first: Leaf?; let none: Leaf?; let grid: [[String]] }
        let leaf = Leaf(text: "a", note: nil, count: 2, ratio: 0.5, on: true)
        let page = Page(leaves: [leaf, Leaf(text: "b", note: "n", count: 0, ratio: 1, on: false)], names: [], first: leaf, none: nil,
                        grid: [["x", "y"], []])
        let tree = try #require(MustacheTreeEncoder.tree(page) as? [String: Any])
        #expect(tree["none"] == nil)
        #expect((tree["leaves"] as? [Any])?.count == 2)
        #expect((tree["first"] as? [String: Any])?["note"] == nil)
        #expect(((tree["grid"] as? [Any])?.first as? [Any])?.count == 2)
        #expect(ValueHash().of(tree) == ValueHash().of(try #require(MustacheBox.mirrored(page))))
    }
}
