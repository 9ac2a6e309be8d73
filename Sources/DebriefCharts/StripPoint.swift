/// One duration on a ``StripChart``, e.g. one incident's time to resolve.
public struct StripPoint: Sendable, Equatable {
    /// Name shown in the tooltip, e.g. `"INC-12 Checkout outage"`.
    public var label: String
    /// Duration in seconds; values below 1 s are drawn at 1 s (log scale).
    public var seconds: Double
    /// Colour category, e.g. `"SEV2"`.
    public var category: String
    /// Link target for the point (relative, http(s) or mailto; others are dropped).
    public var href: String?

    /// Creates a point.
    public init(label: String, seconds: Double, category: String, href: String? = nil) {
        self.label = label
        self.seconds = seconds
        self.category = category
        self.href = href
    }
}
