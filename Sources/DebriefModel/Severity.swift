/// Incident severity: one table for the scales teams use — SEV0–SEV5, P0–P5 and
/// words (critical, high, medium, low). Shown as written, ordered by rank.
public struct Severity: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The rank: 0 is the most severe (SEV0, P0), 5 the least.
    public var level: Int
    /// How the document writes it, normalised ("SEV0", "P1", "Critical").
    public var label: String

    public init(level: Int) {
        self.level = level
        self.label = "SEV\(level)"
    }

    /// Words and their ranks: "critical" is SEV1's rank, "high" and "major" SEV2's. Status pages
    /// name the impact instead: cState's `down`, `disrupted` and `notice`, and "outage", "partial
    /// outage", "degraded" (a whole outage ranks as critical, a notice as the least severe).
    static let words: [String: Int] = [
        "critical": 1, "major": 2, "high": 2, "medium": 3, "moderate": 3, "minor": 4, "low": 4,
        "down": 1, "outage": 1, "major outage": 1, "disrupted": 2, "partial outage": 2, "degraded": 3,
        "degraded performance": 3, "notice": 5,
    ]

    /// Reads "SEV2", "sev-2", "Sev 2", "S2", "P1", "Priority 1", "critical", "High".
    public init?(parsing text: String) {
        let lowered = text.lowercased().trimmingCharacters(in: .whitespacesAndNewlines)
        if let level = Self.words[lowered] {
            self.level = level
            self.label = lowered.prefix(1).uppercased() + lowered.dropFirst()
            return
        }
        let digits = lowered.filter(\.isNumber)
        let letters = lowered.filter(\.isLetter)
        guard let level = Int(digits), (0...5).contains(level) else { return nil }
        switch letters {
        case "sev", "s", "severity", "sevlevel", "level": self.label = "SEV\(level)"
        case "p", "priority": self.label = "P\(level)"
        default: return nil
        }
        self.level = level
    }

    public var description: String { label }

    /// Ordered by rank; at one rank by label, so sorting is stable.
    public static func < (lhs: Severity, rhs: Severity) -> Bool { (lhs.level, lhs.label) < (rhs.level, rhs.label) }
}
