@testable import DebriefCharts
import Foundation
import Testing

@Suite struct DurationChartTests {
    @Test func stripFixture() {
        let svg = StripChart.svg(Fixtures.strip)
        #expect(XMLCheck.isWellFormed(svg))
        #expect(svg.contains("aria-labelledby=\"strip-title strip-desc\""))
        let titles = XMLCheck.texts(of: "title", in: svg)
        #expect(titles.contains("INC-101 Checkout outage: 52 min"))
        #expect(titles.contains("INC-106 Email delays: 1 d 2 h"))
        #expect(XMLCheck.attributes("href", on: "a", in: svg).first == "incidents/inc-101.html")
        let ticks = XMLCheck.texts(of: "text", in: svg)
        #expect(ticks.contains("1 h") && ticks.contains("1 d"))
        #expect(!ticks.contains("1 w") && !ticks.contains("1 min"))
        #expect(XMLCheck.texts(of: "desc", in: svg) == ["12 durations from 3 min to 2 d 15 h; median 47 min"])
    }

    @Test func stripIsDeterministic() {
        #expect(StripChart.svg(Fixtures.strip) == StripChart.svg(Fixtures.strip))
    }

    @Test func stripEdgeCases() {
        #expect(StripChart.svg(StripChartInput(title: "e", points: [])).contains("No durations"))
        let svg = StripChart.svg(StripChartInput(title: "z", points: [
            StripPoint(label: "zero", seconds: 0, category: "SEV1", href: "javascript:alert(1)"),
            StripPoint(label: "neg", seconds: -5, category: "", href: " JaVa\tScript:x"),
            StripPoint(label: "nan", seconds: .nan, category: "SEV1"),
        ]))
        #expect(XMLCheck.isWellFormed(svg))
        #expect(!svg.lowercased().contains("javascript") && !svg.contains("<a "))
        #expect(!svg.contains("nan:"))
    }

    @Test func hrefFilter() {
        #expect(Href.safe("https://example.com/x") == "https://example.com/x")
        #expect(Href.safe("../incidents/a.html#L3") == "../incidents/a.html#L3")
        #expect(Href.safe("data:text/html,x") == nil)
        #expect(Href.safe("  ") == nil)
        #expect(Href.fragment("L12") == "#L12")
        #expect(Href.fragment("#L12") == "#L12")
    }

    @Test func jitterIsDeterministicAndBounded() {
        let a = (0..<200).map(DurationMarks.jitter)
        #expect(a == (0..<200).map(DurationMarks.jitter))
        #expect(a.allSatisfy { $0 >= -0.5 && $0 < 0.5 })
        #expect(Set(a.map { Int(($0 + 0.5) * 4) }).count == 4) // spreads over the band
    }

    @Test func trendFixture() {
        let svg = DurationTrendChart.svg(Fixtures.trend)
        #expect(XMLCheck.isWellFormed(svg))
        #expect(svg.contains("Date (UTC+02:00)"))
        #expect(XMLCheck.texts(of: "title", in: svg).contains("INC-101: 52 min"))
        #expect(XMLCheck.texts(of: "desc", in: svg) == ["12 incidents from 2024-04-25 to 2024-07-14; median 47 min"])
        #expect(svg == DurationTrendChart.svg(Fixtures.trend))
    }

    @Test func trendEdgeCases() {
        #expect(DurationTrendChart.svg(DurationTrendChartInput(title: "e", points: [])).contains("No durations"))
        let one = DurationTrendChart.svg(DurationTrendChartInput(title: "o", points: [
            TrendPoint(label: "a", at: Fixtures.at(minute: 0), seconds: 0, category: "SEV3"),
        ]))
        #expect(XMLCheck.isWellFormed(one))
    }
}
