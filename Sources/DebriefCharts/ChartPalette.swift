/// Fallback colours and CSS class names shared by the charts. Pages theme the
/// charts (e.g. for dark mode) by defining the CSS variables; these fallbacks
/// are what a chart looks like standalone.
enum ChartPalette {
    /// Phase band colours, keyed by phase name.
    static let phases: [(name: String, color: String)] = [
        ("detect", "#fbbf24"), ("acknowledge", "#fb923c"), ("identify", "#f87171"),
        ("mitigate", "#60a5fa"), ("resolve", "#34d399"),
    ]

    /// Milestone marker colours: darker shades of the phase that ends at the milestone.
    static let milestones: [(name: String, color: String)] = [
        ("started", "#6b7280"), ("detected", "#d97706"), ("acknowledged", "#ea580c"),
        ("identified", "#dc2626"), ("mitigated", "#2563eb"), ("resolved", "#059669"),
    ]

    private static let known: [(slug: String, color: String)] = [
        ("sev0", "#7f1d1d"), ("sev1", "#dc2626"), ("sev2", "#f97316"), ("sev3", "#eab308"),
        ("sev4", "#3b82f6"), ("sev5", "#64748b"), ("unknown", "#9ca3af"),
    ]

    private static let cycle = ["#8b5cf6", "#14b8a6", "#ec4899", "#84cc16", "#0ea5e9", "#a16207"]

    /// Lower-case ASCII slug for use in class names: `"SEV 1"` → `"sev-1"`.
    static func slug(_ raw: String) -> String {
        var out = ""
        for s in raw.lowercased().unicodeScalars {
            let ok = (s >= "a" && s <= "z") || (s >= "0" && s <= "9")
            if ok { out.unicodeScalars.append(s) } else if !out.isEmpty && !out.hasSuffix("-") { out += "-" }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out.isEmpty ? "x" : out
    }

    /// Class for a category, e.g. `"sev-sev1"`.
    static func categoryClass(_ category: String) -> String { "sev-" + slug(category) }

    /// Fallback colour for a category. Unrecognised names get a colour from a
    /// stable hash of their slug (not `hashValue`, which is seeded per process),
    /// so one category has one colour on every chart and every run.
    static func categoryColor(_ category: String) -> String {
        let s = slug(category)
        if let hit = known.first(where: { $0.slug == s }) { return hit.color }
        var hash: UInt32 = 2_166_136_261
        for byte in s.utf8 { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        return cycle[Int(hash % UInt32(cycle.count))]
    }

    /// Sort rank so legends list severities in order, other names alphabetically, "unknown" last.
    static func categoryRank(_ category: String) -> (Int, String) {
        let s = slug(category)
        if s == "unknown" { return (2, s) }
        if s.hasPrefix("sev"), let n = Int(s.dropFirst(3)) { return (0, String(repeating: "0", count: max(0, 4 - String(n).count)) + String(n)) }
        return (1, s)
    }

    static func phaseColor(_ phase: String) -> String {
        phases.first { $0.name == phase }?.color ?? "#d1d5db"
    }

    static func milestoneColor(_ milestone: String) -> String {
        milestones.first { $0.name == milestone }?.color ?? "#6b7280"
    }
}
