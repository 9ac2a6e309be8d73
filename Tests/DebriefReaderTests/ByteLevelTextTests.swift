import Foundation
import Testing
@testable import DebriefReader

/// The reader's byte-level text helpers give Foundation's answers (they exist for speed, issue 9),
/// also on the text where bytes and characters part: non-ASCII spaces, combining marks, dashes.
@Suite("Byte-level text helpers agree with Foundation")
struct ByteLevelTextTests {
    static let texts = [
        "", " ", "  plain words  ", "\tTabbed\t", "nobody noticed", "café", "cafe\u{301} ", " e\u{301}",
        "\u{00A0}non-breaking\u{00A0}", "line\r\n", "— dash —", "10:15 UTC — errors", "ſep 3", "a_b *c* __d__ ~~e~~",
        "  \u{2003}em space", "x\u{0085}", "Ünïcödé  ",
    ]

    @Test("trimming matches trimmingCharacters", arguments: texts)
    func trimming(text: String) {
        #expect(text.trimmingBlanks() == text.trimmingCharacters(in: .whitespaces))
        #expect(text.trimmingWhitespace() == text.trimmingCharacters(in: .whitespacesAndNewlines))
        #expect(text.dropFirst(0).trimmingBlanks() == text.trimmingCharacters(in: .whitespaces))
    }

    @Test("byte search and replacement match contains and replacingOccurrences", arguments: texts)
    func search(text: String) {
        for needle in ["e", "cafe", "nobody ", " ", "—", "`", "&amp;", "x"] {
            #expect(text.containsBytes(needle) == text.contains(needle), "\(needle) in \(text)")
            #expect(text.replacingBytes(of: needle, with: "#") == text.replacingOccurrences(of: needle, with: "#"), "\(needle) in \(text)")
        }
    }

    @Test("a phrase table finds each phrase where a search for it alone does")
    func phraseTable() {
        let phrases = ["root cause", "cause", "roll back", "rolled", "ack ", "'s on it", "a", "ab", "abc"]
        let table = PhraseTable(phrases)
        for text in [" the root cause was a rollback ", "abcabc", " he's on it ", "ack, ack now", "because", "" ] {
            let bytes = Array(text.utf8)
            for wordStart in [true, false] {
                let offsets = table.firstOffsets(in: bytes, wordStart: wordStart)
                for (index, phrase) in phrases.enumerated() {
                    #expect(offsets[index] == (MilestoneRules.find(bytes, Array(phrase.utf8), wordStart: wordStart) ?? -1), "\(phrase) in \(text)")
                }
                #expect(table.containsAny(bytes, wordStart: wordStart) == offsets.contains { $0 >= 0 })
            }
        }
    }

    @Test("the gates before the clock, date and emphasis patterns never hide a match", arguments: texts + [
        "at 4pm", "4-30 pm", "9:06a", "16h05", "8.40 AM", "on 2024-07-15", "05/04/2020", "Monday, May 4", "18th April 2021",
        "deploy v2.3", "500 errors", "Mar 3", "market 3", "the 4th", "~16:05", "approximately 7 43", "ABOUT  9:30pm (PST)",
        "10:15:26 | 10:19:07 | 1:2:3", "12:00pm EAT: text. 12:06pm EAT: more", "from 07:43 to 08:35 UTC+2", "T+4m 16:05:57.123-07:00",
        "around 14.30 CET and roughly 4pm", "2024-07-15 00:00:20 UTC — checked api", "1/2/3 4:5:6 7.8.9 10:11", "12 UTC+5:30", "at 12 (around 5pm)", "١٢:٣٠ — ~ 9:30", "Ł 10:15 — café 4pm", "😀12:30 and 12:30😀", "１２:３０ UTC",
    ])
    func gates(text: String) {
        if !TimeScanner.mayHoldClock(text) { #expect(TimeScanner.scan(text).isEmpty) }
        #expect(TimeScanner.scan(text) == RegexTimeScanner.times(in: text))
        let marks = DateMarks(text)
        if marks.figure { #expect(DateScanner.scan(text, order: .auto, marks: marks) == DateScanner.scan(text, order: .auto, marks: DateMarks.all)) }
        if !LineCleaner.mayHoldEmphasis(text) { #expect(LineCleaner.replace(LineCleaner.emphasis, in: text, with: "") == text) }
        #expect(ASCIIText.normalizedHeading(text).map { $0 == SectionKind.normalize(text) } ?? true)
    }
}
