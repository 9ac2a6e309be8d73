/// A row of colour swatches with names, wrapping onto further rows when the
/// chart is too narrow.
enum Legend {
    struct Item {
        var label: String
        var className: String
        var color: String
    }

    /// Legend elements starting at (`x`, `y` = top) within `maxX`, and the total height used.
    static func layout(_ items: [Item], x: Double, y: Double, maxX: Double) -> (elements: [SVG], height: Double) {
        guard !items.isEmpty else { return ([], 0) }
        let rowHeight = 16.0
        var cx = x, row = 0.0
        var elements: [SVG] = []
        for item in items {
            let w = 14 + TextMetrics.width(item.label) + 14
            if cx > x && cx + w > maxX {
                cx = x
                row += 1
            }
            let top = y + row * rowHeight
            elements.append(SVG("rect", ["x": Num.s(cx), "y": Num.s(top + 2), "width": "10", "height": "10", "rx": "2",
                                         "class": item.className, "fill": item.color]))
            elements.append(SVG("text", ["x": Num.s(cx + 14), "y": Num.s(top + 11)], [.text(item.label)]))
            cx += w
        }
        return ([SVG("g", ["class": "legend", "fill": "#1f2937"], elements)], (row + 1) * rowHeight)
    }
}
