@testable import DebriefCharts
import Foundation
import Testing

@Suite struct TimelineChartTests {
    static func input(_ events: [ChartEvent], milestones: [ChartMilestone] = [], width: Int = 760) -> TimelineChartInput {
        TimelineChartInput(title: "T", zoneLabel: "UTC+02:00", utcOffsetSeconds: 7200, milestones: milestones,
                           events: events, width: width)
    }

    @Test func fixtureIsWellFormedAndAccessible() {
        let svg = TimelineChart.svg(Fixtures.timeline)
        #expect(XMLCheck.isWellFormed(svg))
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 760 "))
        #expect(svg.contains("width=\"100%\""))
        // An inline max-width would beat the page's CSS and stop the chart filling its figure.
        let style = XMLCheck.attributes("style", on: "svg", in: svg)
        #expect(style.count == 1 && !style[0].contains("max-width"))
        #expect(svg.contains("role=\"img\" aria-labelledby=\"tl-title tl-desc\""))
        #expect(XMLCheck.attributes("id", on: "title", in: svg) == ["tl-title"])
        #expect(XMLCheck.texts(of: "desc", in: svg) == ["8 events from 07:05 to 07:57 UTC+02:00; resolved after 52 min"])
        #expect(svg.contains("Time (UTC+02:00)"))
    }

    @Test func drawsPhasesMarkersTooltipsAndLinks() {
        let svg = TimelineChart.svg(Fixtures.timeline)
        for phase in ["detect", "acknowledge", "identify", "mitigate", "resolve"] {
            #expect(svg.contains("class=\"phase phase-\(phase)\""))
            #expect(svg.contains(".phase-\(phase){fill:var(--phase-\(phase),#"))
        }
        #expect(svg.contains("class=\"marker milestone-resolved\""))
        #expect(svg.contains("class=\"marker\""))
        #expect(svg.contains("<a class=\"event\" href=\"#L3\">"))
        let titles = XMLCheck.texts(of: "title", in: svg)
        #expect(titles.contains("2024-07-15 05:05 UTC \u{2014} Checkout error rate rose above 5% after deploy 2024.07.15-3"))
        #expect(titles.contains("2024-07-15 05:43 UTC \u{2014} Status page updated: \"Payments recovering\" <all regions>"))
    }

    @Test func escapesHostileText() {
        let hostile = "<script>alert('x')</script> & \"quoted\""
        let svg = TimelineChart.svg(TimelineChartInput(title: hostile, zoneLabel: "<z>", utcOffsetSeconds: 0,
                                                       events: [ChartEvent(at: Fixtures.at(minute: 0), label: hostile, anchor: "\"><script>")],
                                                       idPrefix: "x\"><script>"))
        #expect(!svg.contains("<script"))
        #expect(XMLCheck.isWellFormed(svg))
        #expect(XMLCheck.texts(of: "title", in: svg).first == hostile)
    }

    @Test func isDeterministic() {
        #expect(TimelineChart.svg(Fixtures.timeline) == TimelineChart.svg(Fixtures.timeline))
    }

    @Test func eventOrderDoesNotMatter() {
        var shuffled = Fixtures.timeline
        shuffled.events = shuffled.events.reversed()
        shuffled.milestones = shuffled.milestones.reversed()
        #expect(TimelineChart.svg(shuffled) == TimelineChart.svg(Fixtures.timeline))
    }

    @Test func noEventsGivesPlaceholder() {
        let svg = TimelineChart.svg(Self.input([]))
        #expect(svg.contains("No timed events"))
        #expect(svg.contains("viewBox=\"0 0 760 40\""))
        #expect(XMLCheck.isWellFormed(svg))
    }

    @Test func oneEvent() {
        let svg = TimelineChart.svg(Self.input([ChartEvent(at: Fixtures.at(minute: 0), label: "Only")]))
        #expect(XMLCheck.isWellFormed(svg))
        #expect(XMLCheck.texts(of: "desc", in: svg) == ["1 event at 07:05 UTC+02:00"])
        #expect(!svg.contains("<a "))
    }

    @Test func sameInstantGetsTenMinuteAxisAndStackedLabels() {
        let events = (0..<4).map { ChartEvent(at: Fixtures.at(minute: 0), label: "Same \($0)") }
        let events2 = (0..<4).map { ChartEvent(at: Fixtures.at(minute: Double($0) * 30), label: "Apart \($0)") }
        let svg = TimelineChart.svg(Self.input(events))
        #expect(XMLCheck.isWellFormed(svg))
        let axis = TimelineChart.timeAxis(events: events, phases: [], width: 760, offset: 7200)
        #expect(axis.segments.count == 1 && axis.segments[0].end.timeIntervalSince(axis.segments[0].start) >= 600)
        #expect(axis.ticks().count >= 4)
        // Stacked labels need more lanes, so the chart is taller.
        #expect(Self.height(svg) > Self.height(TimelineChart.svg(Self.input(events2))))
    }

    @Test func multiDaySpanUsesDateTicks() {
        let events = [0.0, 1500, 3000, 4300].map { ChartEvent(at: Fixtures.at(minute: $0), label: "m\($0)") }
        let svg = TimelineChart.svg(Self.input(events))
        #expect(XMLCheck.isWellFormed(svg))
        #expect(XMLCheck.texts(of: "text", in: svg).contains { $0.hasPrefix("Jul 16") })
        // Day-long silences between single events are compressed, and the description says so.
        #expect(XMLCheck.texts(of: "desc", in: svg)
            == ["4 events from Jul 15 07:05 to Jul 18 06:45 UTC+02:00; the axis skips 3 quiet gaps (1 d, 1 d, 21 h 30 min)"])
    }

    @Test func longLabelsAreTruncatedButTooltipsKeepFullText() {
        let long = String(repeating: "word ", count: 20) + "end"
        let svg = TimelineChart.svg(Self.input([ChartEvent(at: Fixtures.at(minute: 0), label: long)]))
        let label = XMLCheck.texts(of: "text", in: svg).first { $0.hasPrefix("word") }
        #expect(label?.count == 40)
        #expect(label?.hasSuffix("\u{2026}") == true)
        #expect(XMLCheck.texts(of: "title", in: svg).contains { $0.hasSuffix(long) })
    }

    @Test func idPrefixMakesIdsUnique() {
        var input = Fixtures.timeline
        input.idPrefix = "inc-42"
        let svg = TimelineChart.svg(input)
        #expect(svg.contains("id=\"inc-42-title\"") && svg.contains("id=\"inc-42-desc\""))
        #expect(svg.contains("aria-labelledby=\"inc-42-title inc-42-desc\""))
    }

    @Test func inconsistentMilestonesAndTinyWidthDoNotCrash() {
        let milestones = [ChartMilestone(name: "resolved", at: Fixtures.at(minute: 0)),
                          ChartMilestone(name: "started", at: Fixtures.at(minute: 30)),
                          ChartMilestone(name: "bogus", at: Fixtures.at(minute: 5))]
        let svg = TimelineChart.svg(Self.input([ChartEvent(at: Fixtures.at(minute: 10), label: "x", milestone: "Weird Name!")],
                                               milestones: milestones, width: 10))
        #expect(XMLCheck.isWellFormed(svg))
        #expect(!svg.contains("class=\"phase "))
        #expect(svg.contains("resolved at 07:05"))
    }

    @Test func untimedEventsAreDropped() {
        let svg = TimelineChart.svg(Self.input([ChartEvent(at: Date(timeIntervalSince1970: .nan), label: "nan"),
                                                ChartEvent(at: Fixtures.at(minute: 3), label: "ok")]))
        #expect(XMLCheck.isWellFormed(svg))
        #expect(XMLCheck.texts(of: "desc", in: svg) == ["1 event at 07:08 UTC+02:00"])
        #expect(TimelineChart.svg(Self.input([ChartEvent(at: Date(timeIntervalSince1970: .infinity), label: "inf")]))
            .contains("No timed events"))
    }

    @Test func phasesSkipMissingMilestones() {
        let phases = TimelinePhase.phases(from: [
            ChartMilestone(name: "resolved", at: Fixtures.at(minute: 50)),
            ChartMilestone(name: "started", at: Fixtures.at(minute: 0)),
            ChartMilestone(name: "identified", at: Fixtures.at(minute: 20)),
        ])
        #expect(phases.map(\.name) == ["identify", "resolve"])
    }

    static func height(_ svg: String) -> Double {
        let viewBox = XMLCheck.attributes("viewBox", on: "svg", in: svg).first ?? ""
        return Double(viewBox.split(separator: " ").last ?? "") ?? 0
    }
}
