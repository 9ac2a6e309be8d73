/// Incident severity, normalised to SEV1 (worst) … SEV5.
public struct Severity: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// 1 is the most severe.
    public var level: Int

    public init(level: Int) { self.level = level }

    /// Reads "SEV2", "sev-2", "Sev 2", "S2", "P1", "critical", "major", "minor".
    public init?(parsing text: String) {
        let lowered = text.lowercased().trimmingCharacters(in: .whitespacesAndNewlines)
        let words: [String: Int] = ["critical": 1, "major": 2, "high": 2, "medium": 3, "moderate": 3, "minor": 4, "low": 4]
        if let level = words[lowered] { self.level = level; return }
        let digits = lowered.filter(\.isNumber)
        let letters = lowered.filter(\.isLetter)
        guard let level = Int(digits), (0...5).contains(level), ["sev", "s", "p", "severity", "sev level", "level"].contains(letters) else { return nil }
        self.level = max(1, level)
    }

    public var description: String { "SEV\(level)" }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.level < rhs.level }
}

import Foundation
