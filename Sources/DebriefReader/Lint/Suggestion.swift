/// "Did you mean …?" for a misspelt key: the known word closest by edit distance.
public enum Suggestion {
    /// Levenshtein distance (insertions, deletions, substitutions), case-insensitive.
    public static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a.lowercased()), b = Array(b.lowercased())
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// The candidate nearest to `word`, when it is near enough to be a typo: at most
    /// 1 edit for words under 5 letters, 2 up to 8, 3 beyond (`seververity` → `severity`).
    public static func closest(to word: String, among candidates: [String]) -> String? {
        let allowed = word.count < 5 ? 1 : word.count <= 8 ? 2 : 3
        let scored = candidates.map { (candidate: $0, distance: distance(word, $0)) }
        guard let best = scored.min(by: { ($0.distance, $0.candidate) < ($1.distance, $1.candidate) }), best.distance <= allowed else { return nil }
        return best.candidate
    }

    /// " (did you mean 'severity'?)", or empty text when nothing is close.
    public static func hint(for word: String, among candidates: [String]) -> String {
        closest(to: word, among: candidates).map { " (did you mean '\($0)'?)" } ?? ""
    }
}
