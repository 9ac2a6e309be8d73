/// The accessible root shared by every chart: namespace, `viewBox` with
/// `width="100%"` so it scales, `role="img"`, and `aria-labelledby` pointing at
/// the `<title>` and `<desc>`.
///
/// No inline `max-width`: an inline style beats the page's stylesheet, so a cap
/// here kept charts at their design width inside wider figures. Pages size charts.
enum ChartFrame {
    static func root(kind: String, width: Int, height: Double, ids: ChartIDs, title: String, desc: String,
                     fills: [(className: String, color: String)], children: [SVG]) -> SVG {
        let h = height.rounded(.up)
        return SVG.root([
            SVGAttribute("viewBox", "0 0 \(width) \(Num.s(h))"),
            SVGAttribute("width", "100%"),
            SVGAttribute("style", "height:auto"),
            SVGAttribute("role", "img"),
            SVGAttribute("aria-labelledby", "\(ids.title) \(ids.desc)"),
            SVGAttribute("class", "debrief-chart debrief-\(kind)"),
            SVGAttribute("font-family", ChartStyle.fontFamily),
            SVGAttribute("font-size", "11"),
        ], children: [
            SVG("title", ["id": ids.title], [.text(title)]),
            SVG("desc", ["id": ids.desc], [.text(desc)]),
            SVG("style", [:], [.text(ChartStyle.css(fills: fills))]),
        ] + children)
    }

    /// A small placeholder chart (e.g. "No timed events") that keeps the same
    /// accessible structure, so pages need no special case for empty data.
    static func empty(kind: String, width: Int, ids: ChartIDs, title: String, message: String) -> String {
        root(kind: kind, width: width, height: 40, ids: ids, title: title, desc: message, fills: [], children: [
            SVG("rect", ["x": "0.5", "y": "0.5", "width": Num.s(Double(width) - 1), "height": "39", "rx": "4",
                         "fill": "none", "class": "grid", "stroke": "#e5e7eb"]),
            SVG("text", ["x": Num.s(Double(width) / 2), "y": "24", "text-anchor": "middle", "class": "muted",
                         "fill": "#6b7280"], [.text(message)]),
        ]).render()
    }
}
