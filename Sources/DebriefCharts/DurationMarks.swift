/// Pieces shared by the duration charts (strip and trend): legend order,
/// point markers with tooltips and links, jitter and the median.
enum DurationMarks {
    /// Distinct categories, severities first in numeric order, then others
    /// alphabetically, "unknown" last, so legends read the same on every page.
    static func categories(_ raw: [String]) -> [String] {
        Array(Set(raw)).sorted { a, b in
            let ra = ChartPalette.categoryRank(a), rb = ChartPalette.categoryRank(b)
            if ra.0 != rb.0 { return ra.0 < rb.0 }
            if ra.1 != rb.1 { return ra.1 < rb.1 }
            return a < b
        }
    }

    static func legendItems(_ categories: [String]) -> [Legend.Item] {
        categories.map { Legend.Item(label: $0, className: ChartPalette.categoryClass($0), color: ChartPalette.categoryColor($0)) }
    }

    static func fills(_ categories: [String]) -> [(className: String, color: String)] {
        categories.map { (ChartPalette.categoryClass($0), ChartPalette.categoryColor($0)) }
    }

    /// A vertical offset in [-0.5, 0.5) from the point's index (golden-ratio
    /// sequence): spreads neighbours apart like random jitter but is identical on every run.
    static func jitter(_ index: Int) -> Double {
        (Double(index % 10_000) * 0.618_033_988_749_895).truncatingRemainder(dividingBy: 1) - 0.5
    }

    /// Median of finite values (mean of the middle two for an even count).
    static func median(_ values: [Double]) -> Double? {
        let v = values.filter(\.isFinite).sorted()
        guard !v.isEmpty else { return nil }
        return v.count % 2 == 1 ? v[v.count / 2] : (v[v.count / 2 - 1] + v[v.count / 2]) / 2
    }

    /// A circle with tooltip "label: 1 h 05 min", wrapped in a link when `href` is safe.
    static func point(cx: Double, cy: Double, label: String, seconds: Double, category: String, href: String?) -> SVG {
        let circle = SVG("circle", ["class": "point " + ChartPalette.categoryClass(category), "cx": Num.s(cx), "cy": Num.s(cy),
                                    "r": "4.5", "fill": ChartPalette.categoryColor(category), "fill-opacity": "0.85",
                                    "stroke": "#ffffff", "stroke-width": "1"],
                         [SVG("title", [:], [.text(label + ": " + DurationText.format(seconds: seconds))])])
        if let link = Href.safe(href) {
            return SVG("a", ["href": link], [circle])
        }
        return circle
    }
}
