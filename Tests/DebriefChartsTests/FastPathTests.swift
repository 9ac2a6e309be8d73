import Foundation
@testable import DebriefCharts
import Testing

/// The byte-level fast paths give what the character-level code they skip gives.
@Suite struct FastPathTests {
    static let texts = ["", " ", "Rolled back deploy 4411", "a  b   ", String(repeating: "x", count: 39), String(repeating: "y ", count: 30),
                        "tab\tinside", "line\nbreak", "cr\r\nlf", "café déjà vu", "e\u{301} combining", "<b>&\"'</b>", "\u{1F1E9}\u{1F1EA} flag",
                        "x\u{0B}y\u{0C}z", String(repeating: "word ", count: 12) + "end"]

    /// Controls and noncharacters XML forbids, between kept text.
    static let forbidden = "\u{0}\u{8}bad" + [0xFFFE, 0xFDD0, 0x1FFFF].map { String(Unicode.Scalar(UInt32($0))!) }.joined() + "ok"

    /// TextMetrics.truncate as it was: lines joined, then cut by characters.
    static func truncateByCharacters(_ text: String, limit: Int) -> String {
        let clean = text.split(whereSeparator: { $0.isNewline }).joined(separator: " ")
        guard clean.count > limit, limit > 1 else { return clean }
        var cut = clean.prefix(limit - 1)
        while cut.last == " " { cut = cut.dropLast() }
        return String(cut) + "\u{2026}"
    }

    @Test(arguments: [1, 2, 5, 22, 40])
    func truncateIsTheCharacterCut(limit: Int) {
        for text in Self.texts {
            #expect(TextMetrics.truncate(text, limit: limit) == Self.truncateByCharacters(text, limit: limit), "\(text.debugDescription)")
            #expect(TextMetrics.width(text) == Double(text.count) * TextMetrics.charWidth, "\(text.debugDescription)")
        }
    }

    @Test func escapingIntoBytesIsTheStringEscape() {
        for text in Self.texts + [Self.forbidden, "a'b\"c"] {
            var bytes: [UInt8] = []
            XMLEscaping.escape(text, into: &bytes)
            #expect(String(decoding: bytes, as: UTF8.self) == XMLEscaping.escape(text), "\(text.debugDescription)")
        }
        for name in ["rect", "stroke-width", "xlink:href", "9lives", "-x", "", "a b", "ünï"] {
            var bytes: [UInt8] = []
            XMLEscaping.name(name, into: &bytes)
            #expect(String(decoding: bytes, as: UTF8.self) == XMLEscaping.name(name), "\(name.debugDescription)")
        }
    }

    @Test func isoYearIsTheFormattedYear() {
        for year in [-12, 0, 7, 99, 2024, 12345] {
            #expect(CivilTime.four(year) == String(format: "%04d", year))
        }
    }

    @Test func safeLinksAreUnchanged() {
        #expect(Href.safe("#ev-L12") == "#ev-L12")
        #expect(Href.safe("  ../incidents/a/index.html\n") == "../incidents/a/index.html")
        #expect(Href.safe("java\tscript:alert(1)") == nil)
        #expect(Href.safe(" JavaScript:alert(1)") == nil)
        #expect(Href.safe("https://example.com/a") == "https://example.com/a")
        #expect(Href.safe("\u{7}") == nil)
        #expect(Href.safe("a/b:c") == "a/b:c")
    }
}
