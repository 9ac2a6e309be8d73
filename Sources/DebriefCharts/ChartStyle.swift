/// The `<style>` block embedded in each chart. Rules are scoped under
/// `.debrief-chart` and read CSS variables with fallbacks, so a page can
/// re-theme every chart by setting variables, while presentation attributes on
/// the elements keep renderers without CSS-variable support readable.
enum ChartStyle {
    static let fontFamily = "system-ui, -apple-system, Segoe UI, Roboto, sans-serif"

    private static let base = [
        ".debrief-chart text{fill:var(--chart-fg,#1f2937)}",
        ".debrief-chart .muted{fill:var(--chart-muted,#6b7280)}",
        ".debrief-chart .grid{stroke:var(--chart-grid,#e5e7eb)}",
        ".debrief-chart .axis,.debrief-chart .track,.debrief-chart .leader{stroke:var(--chart-axis,#9ca3af)}",
        ".debrief-chart .label{paint-order:stroke;stroke:var(--chart-bg,#ffffff);stroke-width:3px;stroke-linejoin:round}",
        ".debrief-chart .marker{fill:var(--chart-bg,#ffffff);stroke:var(--chart-fg,#1f2937)}",
        ".debrief-chart .point{stroke:var(--chart-bg,#ffffff)}",
        ".debrief-chart a:hover .marker,.debrief-chart a:hover .point,.debrief-chart a:focus .marker{stroke-width:3px}",
    ]

    /// CSS for a chart that uses the given class → (variable, fallback) fills, in the order given.
    static func css(fills: [(className: String, color: String)]) -> String {
        var rules = base
        var seen: Set<String> = []
        for fill in fills where seen.insert(fill.className).inserted {
            rules.append(".debrief-chart .\(fill.className){fill:var(--\(fill.className),\(fill.color))}")
        }
        return rules.joined(separator: "\n")
    }
}
