/// A chart drawn twice, at the desktop column's width and at a phone's, with
/// the theme's CSS showing one of them: a 960-unit chart squeezed onto a
/// 390 px screen would shrink its text to 4 px, so the phone copy re-lays out
/// (fewer ticks, shorter labels, more lanes) instead of scaling down.
///
/// Both copies are SVG from DebriefCharts (escaped by construction); only the
/// constant wrapper is added here. Ids stay unique through the `-n` suffix.
enum ResponsiveChart {
    /// Width of the phone copy in SVG user units (about the figure's width at 390 px).
    static let narrowWidth = 340

    /// `draw(width, idSuffix)` returns one SVG document.
    static func html(wide: Int = ViewFactory.chartWidth, _ draw: (_ width: Int, _ idSuffix: String) -> String) -> String {
        "<div class=\"chart-wide\">\n" + draw(wide, "") + "\n</div>\n<div class=\"chart-narrow\">\n"
            + draw(narrowWidth, "-n") + "\n</div>"
    }
}
