import DebriefModel
import DebriefReader
import DebriefMetrics
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import DebriefSite

/// Every page template rendered from the built-in theme for `PageFixtures`,
/// compared with `Goldens/pages/` (a key a template names but a view lacks
/// renders as empty text, so only a golden notices), plus properties that
/// must hold whatever the goldens say.
@Suite struct PageTemplateTests {
    typealias F = PageFixtures

    static func render(_ view: Any, _ template: String) throws -> String {
        try TemplateRenderer().render(view, template: template)
    }

    static func incidentPage(_ loaded: LoadedIncident) throws -> String {
        try render(IncidentPageView(loaded, all: F.incidents, config: F.config), "incident")
    }

    /// name → rendered page, one per template and case.
    static func pages() throws -> [(String, String)] {
        let services = SiteBuilder.services(F.incidents)
        return [
            ("incident-full.html", try incidentPage(F.checkout)),
            ("incident-sparse.html", try incidentPage(F.search)),
            ("incident-open.html", try incidentPage(F.edge)),
            ("incident-undated.html", try incidentPage(F.undated)),
            ("index.html", try render(IndexPageView(incidents: F.incidents, config: F.config, facet: nil, browse: .init(
                services: services, severities: SiteBuilder.counts(F.incidents, .severity), tags: SiteBuilder.counts(F.incidents, .tag))), "index")),
            ("severity-sev2.html", try render(IndexPageView(incidents: F.incidents.filter(PageFacet(.severity, "SEV2").includes),
                                                            config: F.config, facet: PageFacet(.severity, "SEV2")), "index")),
            ("tag-database.html", try render(IndexPageView(incidents: F.incidents.filter(PageFacet(.tag, "database").includes),
                                                           config: F.config, facet: PageFacet(.tag, "database")), "index")),
            ("index-empty.html", try render(IndexPageView(incidents: [], config: F.config, allServices: []), "index")),
            ("service-checkout-api.html", try render(IndexPageView(
                incidents: F.incidents.filter { $0.services.contains("checkout-api") }, config: F.config,
                service: "checkout-api", allServices: []), "index")),
            ("services.html", try render(ServicesPageView(services: services, config: F.config), "services")),
            ("metrics.html", try render(MetricsPageView(config: F.config), "metrics")),
            ("ledger.html", try render(LedgerPageView(ledger: ActionLedger(F.incidents),
                                                      asOf: SiteBuilder.ledgerAsOf(F.incidents, config: F.config), config: F.config), "ledger")),
            ("ledger-empty.html", try render(LedgerPageView(ledger: ActionLedger([]), asOf: nil, config: F.config), "ledger")),
        ]
    }

    @Test func pagesMatchGoldens() throws {
        for (name, html) in try Self.pages() {
            try PageGolden.check(html, named: name)
        }
    }

    @Test func timelineSVGOfAFixedIncidentMatchesGolden() throws {
        try PageGolden.check(IncidentPageView.chart(F.checkout.incident) + "\n", named: "timeline-full.svg")
    }

    @Test func noTemplateTagOrEmptyLinkLeaksThrough() throws {
        for (name, html) in try Self.pages() {
            #expect(!html.contains("{{") && !html.contains("}}"), "\(name)")
            #expect(!html.contains("href=\"\""), "\(name) has an empty href")
            #expect(!html.contains("=\"#\""), "\(name) has a bare # link")
        }
    }

    /// Ids are unique and every same-page `#fragment` lands on one, on every page.
    @Test func fragmentsResolveAndIdsAreUnique() throws {
        for (name, html) in try Self.pages() {
            let ids = Self.matches(#" id="([^"]+)""#, in: html)
            #expect(Set(ids).count == ids.count, "\(name) repeats an id: \(ids.filter { id in ids.filter { $0 == id }.count > 1 })")
            for fragment in Self.matches(##"href="#([^"]+)""##, in: html) {
                #expect(ids.contains(fragment), "\(name): #\(fragment) has no target")
            }
        }
    }

    @Test func inlineChartsAreWellFormedXML() throws {
        for (name, html) in try Self.pages() {
            for svg in Self.matches(#"(?s)(<svg\b.*?</svg>)"#, in: html) {
                #expect(XMLParser(data: Data(svg.utf8)).parse(), "\(name): inline SVG is not well-formed")
            }
        }
    }

    @Test func unknownMetricsReadNotStatedNeverZero() throws {
        let view = IncidentPageView(F.search, all: F.incidents, config: F.config)
        let values = Dictionary(uniqueKeysWithValues: view.metrics.map { ($0.abbreviation, $0) })
        #expect(values["TTR"]?.value == "1 d 5 h")
        for abbreviation in ["TTD", "TTA", "TTI", "TTM"] {
            #expect(values[abbreviation]?.value == "not stated")
            #expect(values[abbreviation]?.known == false)
        }
        #expect(values["TTA"]?.missing == "detected not stated, acknowledged not stated")
        let html = try Self.incidentPage(F.search)
        #expect(!html.contains(">0 min<") && !html.contains(">0 s<"))
    }

    /// Front matter times link to the timeline row they repeat, not just the section.
    @Test func metricCardsLinkToTheirTimelineRows() {
        let view = IncidentPageView(F.checkout, all: F.incidents, config: F.config)
        let ttd = view.metrics[0]
        #expect(ttd.abbreviation == "TTD" && ttd.value == "6 min")
        #expect((ttd.fromText, ttd.fromHref, ttd.fromSource) == ("started 14:03", "#ev-L22", "front matter, line 5"))
        #expect((ttd.toText, ttd.toHref) == ("detected 14:09", "#ev-L23"))
        let ttm = view.metrics[3]
        #expect((ttm.toHref, ttm.value) == ("#ev-L27", "49 min"))
        #expect(view.timeline.map(\.id).suffix(3) == ["ev-L27", "ev-L27-2", "ev-L29"])
    }

    @Test func timelineRowsShowTheDateOnlyWhenItChanges() {
        let view = IncidentPageView(F.search, all: F.incidents, config: F.config)
        #expect(view.timeline.map(\.showDate) == [true, false, false, true, false])
        #expect(view.timeline[3].localDate == "2 Oct 2026")
        #expect(view.timeline[0].datetime == "2026-10-01T06:12:00Z")
    }

    @Test func timelineRowsLinkToTheBodyBlockHoldingTheirLine() {
        let view = IncidentPageView(F.checkout, all: F.incidents, config: F.config)
        // Line 22 is the second item of the list anchored at line 21; 29 falls after the table at 23.
        #expect(view.timeline.map(\.sourceHref) == ["#L21", "#L21", "#L23", "#L23", "#L23", "#L23", "#L23", "#L23", "#L23"])
        #expect(IncidentPageView.blockAnchor(line: 5, in: IncidentPageView.lineAnchors(in: F.checkout.bodyHTML)) == nil)
        #expect(IncidentPageView.lineAnchors(in: "<p id=\"L3\">a</p><li id=\"L12\">b</li><h2 id=\"x\">") == [3, 12])
        #expect(IncidentPageView.demotingHeadings("<h1 id=\"a\">A</h1><h5>B</h5><hr /><h6>C</h6>") == "<h2 id=\"a\">A</h2><h6>B</h6><hr /><h6>C</h6>")
    }

    @Test func bodyDropsTheRepeatedTitleAndDemotesHeadings() {
        let view = IncidentPageView(F.checkout, all: F.incidents, config: F.config)
        #expect(!view.bodyHTML.contains("<h1"))
        #expect(!view.bodyHTML.contains("checkout-latency-after-connection-pool-change"))
        #expect(view.bodyHTML.hasPrefix("<h3 id=\"summary\">Summary"))
        #expect(view.bodyHTML.contains("<h4 id=\"what-went-well\">"))
        // A generic first heading is not the title: kept, one level down.
        let sparse = IncidentPageView(F.search, all: F.incidents, config: F.config)
        #expect(sparse.bodyHTML.hasPrefix("<h2 id=\"postmortem\">Postmortem"))
    }

    @Test func timelineChartNamesTheZoneAndExplainsEachMarker() throws {
        let svg = IncidentPageView.chart(F.checkout.incident)
        #expect(svg.contains("Time (Europe/Berlin, UTC+02:00)"))
        #expect(svg.contains("role=\"img\""))
        #expect(svg.contains("<title>2026-09-02 11:58 UTC \u{2014} Deploy of checkout-api 4.18.0 began (canary skipped, &quot;driver bump only&quot;).</title>"))
        // Two copies, desktop and phone (the theme shows one), each with a marker per event.
        #expect(Self.matches(#"<circle class="marker"#, in: svg).count == 2 * F.checkout.incident.timeline.count)
        #expect(svg.contains("id=\"tl-title\"") && svg.contains("id=\"tl-n-title\""))
        for phase in ["detect", "acknowledge", "identify", "mitigate", "resolve"] {
            #expect(svg.contains("class=\"phase phase-\(phase)\""))
        }
        // A document without a zone says the offset it was read in.
        #expect(IncidentPageView.chart(F.search.incident).contains("Time (UTC)"))
    }

    @Test func indexIsNewestFirstWithUndatedLast() {
        let view = IndexPageView(incidents: F.incidents, config: F.config, allServices: SiteBuilder.services(F.incidents))
        #expect(view.incidents.map(\.title) == [
            "TLS handshake failures at the Frankfurt edge", "Search index rebuild ran for 30 hours",
            "Checkout latency after connection-pool change", "Notes from a game day",
        ])
        #expect(view.cards.map(\.abbreviation) == ["MTTD", "MTTA", "MTTM", "MTTR"])
        #expect(view.cards.allSatisfy { $0.n >= 0 } && view.cards[3].n == 2)
    }

    @Test func relatedIncidentsShareAService() {
        let view = IncidentPageView(F.checkout, all: F.incidents, config: F.config)
        #expect(view.related.map(\.title) == ["TLS handshake failures at the Frankfurt edge"])
        #expect(view.related[0].href == "../../incidents/2026-10-28-edge/index.html")
    }

    static func matches(_ pattern: String, in text: String) -> [String] {
        let regex = try! NSRegularExpression(pattern: pattern)
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { match in
            let range = match.numberOfRanges > 1 ? match.range(at: 1) : match.range
            return String(text[Range(range, in: text)!])
        }
    }
}
