import DebriefModel
import Foundation

/// The rule phrases, prepared once: their bytes in one `PhraseTable`, a regular expression for
/// those with a `*` wildcard (run only when the word before the `*` occurs).
extension MilestoneRules {
    struct Phrase {
        let bytes: [UInt8]
        let wildcard: NSRegularExpression?
        /// The bytes `ruleTable` looks for: the phrase, or the word before a wildcard's `*`.
        let key: [UInt8]
        /// Its index in `ruleTable`.
        var id = 0

        init(_ phrase: String) {
            bytes = Array(phrase.utf8)
            if phrase.contains("*") {
                let pattern = "(?<![a-z])" + phrase.split(separator: "*", omittingEmptySubsequences: false)
                    .map { NSRegularExpression.escapedPattern(for: $0.trimmingBlanks()) }
                    .joined(separator: #"(?:\s+\S+){1,3}?\s+"#)
                wildcard = try? NSRegularExpression(pattern: pattern)
                key = Array(bytes.prefix { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "*") })
            } else {
                wildcard = nil
                key = bytes
            }
        }

        /// UTF-8 offset of the first match at a word start.
        func firstMatch(in bytes: [UInt8], text: String) -> Int? {
            guard let wildcard else { return MilestoneRules.find(bytes, self.bytes) }
            guard MilestoneRules.find(bytes, key) != nil else { return nil }
            return Self.offset(of: wildcard, in: text)
        }

        /// The same, given every key's first offset in `bytes` (`ruleTable.firstOffsets`).
        func firstMatch(offsets: [Int], bytes: [UInt8], text: String) -> Int? {
            guard offsets[id] >= 0 else { return nil }
            guard let wildcard else { return offsets[id] }
            return Self.offset(of: wildcard, in: text)
        }

        static func offset(of wildcard: NSRegularExpression, in text: String) -> Int? {
            guard let match = wildcard.firstMatch(in: text, range: NSRange(location: 0, length: (text as NSString).length)),
                  let range = Range(match.range, in: text) else { return nil }
            return text.utf8.distance(from: text.startIndex, to: range.lowerBound)
        }
    }

    static let compiledRules: [(Milestone, [Phrase])] = {
        var id = 0
        return rules.map { milestone, phrases in
            (milestone, phrases.map { text in
                var phrase = Phrase(text)
                phrase.id = id
                id += 1
                return phrase
            })
        }
    }()
    /// Every rule phrase's key, in rule order (a phrase's `id` is its index).
    static let ruleTable = PhraseTable(compiledRules.flatMap { $0.1.map(\.key) })
    static let negationTable = PhraseTable(negations)
    static let doubtTable = PhraseTable(doubts)
    static let silenceTable = PhraseTable(silence)
    static let markerTable = PhraseTable(markers.flatMap(\.1))

    /// `text.split(separator: " ").count <= limit`, counted on bytes for ASCII text.
    static func hasAtMostWords(_ text: String, _ limit: Int) -> Bool {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return text.split(separator: " ").count <= limit }
        var words = 0, inWord = false
        for byte in text.utf8 {
            if byte == 0x20 { inWord = false } else if !inWord {
                inWord = true
                words += 1
                if words > limit { return false }
            }
        }
        return true
    }

    /// True when the text acknowledges a page or alert in so many words.
    public static func isExplicitAcknowledgement(_ text: String) -> Bool {
        let lowered = text.lowercased()
        let bytes = Array(lowered.utf8)
        return acknowledgements.contains { $0.firstMatch(in: bytes, text: lowered) != nil }
    }

    // "picks it up and starts investigating": whoever writes that already knew of the problem.
    static let acknowledgements = ["acknowledg", "ack'd", "acked", "ack ", "ack,", "picks it up", "picked it up", "picks up the", "picked up the",
                                   "takes ownership", "took ownership", "starts investigating", "started investigating", "begins investigating",
                                   "began investigating"].map(Phrase.init)
}
