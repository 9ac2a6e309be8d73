import Foundation

/// A line as the hand-written clock and date scanners read it (issue 9): its UTF-16 code units,
/// since their results carry UTF-16 `NSRange`s, read by code point as ICU's regular expressions
/// read them. Each test below answers as the pattern syntax the scanners replaced: `\d`, `\s`,
/// `\w`, `\b`, `[A-Za-z]` (plain and case-insensitive) and case-insensitive literals.
/// `ScannerEquivalenceTests` holds every code point's classes to ICU's.
struct ScanText {
    let units: [UInt16]
    var count: Int { units.count }

    init(_ text: String) { units = Array(text.utf16) }
    init(units: [UInt16]) { self.units = units }

    /// The unit at `i`, or 0 outside the text (no pattern looks for U+0000).
    @inline(__always) func unit(_ i: Int) -> UInt16 { i >= 0 && i < units.count ? units[i] : 0 }

    /// The unit at `i` with ASCII letters in lower case (`0x20` set), or 0 past the end.
    @inline(__always) func lower(_ i: Int) -> UInt16 { i < units.count && units[i] < 0x80 ? units[i] | 0x20 : 0 }

    /// The code point at `i` and the offset after it, or nil at the end. (A Swift string's
    /// UTF-16 view holds no lone surrogates.)
    @inline(__always) func scalar(at i: Int) -> (value: UInt32, end: Int)? {
        guard i < units.count else { return nil }
        let unit = units[i]
        if unit & 0xFC00 == 0xD800, i + 1 < units.count {
            return (0x10000 + (UInt32(unit - 0xD800) << 10) + UInt32(units[i + 1] - 0xDC00), i + 2)
        }
        return (UInt32(unit), i + 1)
    }

    /// The code point ending at `i` and the offset where it starts, or nil at the start.
    @inline(__always) func scalar(before i: Int) -> (value: UInt32, start: Int)? {
        guard i > 0 else { return nil }
        let unit = units[i - 1]
        if unit & 0xFC00 == 0xDC00, i >= 2 {
            return (0x10000 + (UInt32(units[i - 2] - 0xD800) << 10) + UInt32(unit - 0xDC00), i - 2)
        }
        return (UInt32(unit), i - 1)
    }

    /// The text of `range`.
    func string(_ range: Range<Int>) -> String { String(decoding: units[range], as: UTF16.self) }

    /// `\d` at `i`: the offset after the figure, or nil.
    @inline(__always) func digit(at i: Int) -> Int? {
        guard let (value, end) = scalar(at: i), ScanClass.isDigit(value) else { return nil }
        return end
    }

    /// `\d{count}` at `i`: the offset after the figures, or nil.
    func digits(at i: Int, exactly count: Int) -> Int? {
        var end = i
        for _ in 0..<count {
            guard let next = digit(at: end) else { return nil }
            end = next
        }
        return end
    }

    /// `\d{min,max}` at `i`, greedy: tries `body` after the most figures first, then fewer, as the
    /// pattern backtracks; true as soon as `body` is.
    func digits(at i: Int, _ min: Int, _ max: Int, _ body: (Int) -> Bool) -> Bool {
        for count in stride(from: max, through: min, by: -1) {
            if let end = digits(at: i, exactly: count), body(end) { return true }
        }
        return false
    }

    /// `\s` at `i`: the offset after the space, or nil.
    @inline(__always) func space(at i: Int) -> Int? {
        guard let (value, end) = scalar(at: i), ScanClass.isSpace(value) else { return nil }
        return end
    }

    /// `\s*` at `i`, all of it: the offset after the run.
    @inline(__always) func spaces(from i: Int) -> Int {
        var end = i
        while let next = space(at: end) { end = next }
        return end
    }

    /// True when the code point at `i` is in `[A-Za-z]`, or with `folded`, in that class under
    /// case-insensitive matching (`ScanClass.isFoldedLetter`).
    @inline(__always) func isLetter(at i: Int, folded: Bool = false) -> Bool {
        guard let (value, _) = scalar(at: i) else { return false }
        return folded ? ScanClass.isFoldedLetter(value) : ScanClass.isLetter(value)
    }

    /// ICU's `\b` (not the Unicode word-boundary option): a word character (`\w`) on one side and
    /// not on the other, looking past combining marks and format characters backwards; never just
    /// before such a character.
    func isWordBoundary(at i: Int) -> Bool {
        var here = false
        if let (value, _) = scalar(at: i) {
            if ScanClass.isExtendOrFormat(value) { return false }
            here = ScanClass.isWord(value)
        }
        var index = i, before = false
        while let (value, start) = scalar(before: index) {
            if !ScanClass.isExtendOrFormat(value) { before = ScanClass.isWord(value); break }
            index = start
        }
        return here != before
    }

    /// A literal (ASCII, case as written) at `i`: the offset after it, or nil.
    func literal(_ word: StaticString, at i: Int) -> Int? {
        word.withUTF8Buffer { letters -> Int? in
            guard i + letters.count <= units.count else { return nil }
            for (offset, letter) in letters.enumerated() where units[i + offset] != UInt16(letter) { return nil }
            return i + letters.count
        }
    }

    /// A case-insensitive literal (`word`, in lower-case ASCII) at `i`, as ICU compares one: by
    /// full case folding, so ASCII letters in either case, `ſ` for s, the Kelvin sign for k, and
    /// `ß`, `ẞ` and the Latin ligatures for the two or three letters they fold to when all of
    /// them lie in `word`. The offset after it, or nil.
    @inline(__always) func folded(_ word: StaticString, at i: Int) -> Int? {
        // Most tries fail at an ASCII first letter: settle those before the loop.
        let unit = unit(i)
        if unit < 0x80, word.utf8CodeUnitCount > 0, unit | 0x20 != UInt16(word.utf8Start[0] | 0x20) { return nil }
        return folded(UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount), at: i)
    }

    func folded(_ letters: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
        var index = i, next = 0
        while next < letters.count {
            guard let (value, end) = scalar(at: index) else { return nil }
            let letter = UInt32(letters[next])
            if value < 0x80 {
                // An ASCII letter in either case; anything else only as itself ("." in "a.m.").
                guard value == letter || (value | 0x20 == letter && letter >= 0x61 && letter <= 0x7A) else { return nil }
                next += 1
            } else if (value == 0x17F && letter == 0x73) || (value == 0x212A && letter == 0x6B) {
                next += 1
            } else if let expansion = Self.expansion(value), next + expansion.count <= letters.count,
                      expansion.indices.allSatisfy({ letters[next + $0] == expansion[$0] }) {
                next += expansion.count
            } else {
                return nil
            }
            index = end
        }
        return index
    }

    /// The ASCII letters a character folds to when it folds to more than one: `ß` and `ẞ` to
    /// "ss", the ligatures U+FB00 to U+FB06 to "ff", "fi", "fl", "ffi", "ffl", "st", "st".
    static func expansion(_ value: UInt32) -> [UInt8]? {
        switch value {
        case 0xDF, 0x1E9E: return [0x73, 0x73]
        case 0xFB00: return [0x66, 0x66]
        case 0xFB01: return [0x66, 0x69]
        case 0xFB02: return [0x66, 0x6C]
        case 0xFB03: return [0x66, 0x66, 0x69]
        case 0xFB04: return [0x66, 0x66, 0x6C]
        case 0xFB05, 0xFB06: return [0x73, 0x74]
        default: return nil
        }
    }
}

/// The character classes of ICU's patterns, by code point: ASCII by hand, the rest by the
/// Unicode properties ICU names for them.
enum ScanClass {
    /// A code point's properties as Foundation's ICU knows them: that ICU has Unicode 16.0, and the
    /// Swift library's tables are newer, so a later code point is unassigned to it (has no class).
    /// `ScannerEquivalenceTests` compares every code point, and fails when a toolchain moves either.
    @inline(__always) static func properties(_ value: UInt32) -> Unicode.Scalar.Properties? {
        guard let properties = Unicode.Scalar(value)?.properties, let age = properties.age, age.major <= 16 else { return nil }
        return properties
    }

    /// `\d`: general category Nd.
    @inline(__always) static func isDigit(_ value: UInt32) -> Bool {
        if value < 0x80 { return value >= 0x30 && value <= 0x39 }
        return properties(value)?.generalCategory == .decimalNumber
    }

    /// `\s`: the White_Space property.
    @inline(__always) static func isSpace(_ value: UInt32) -> Bool {
        if value < 0x80 { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
        return properties(value)?.isWhitespace ?? false
    }

    /// `[A-Za-z]`.
    @inline(__always) static func isLetter(_ value: UInt32) -> Bool {
        value < 0x80 && value | 0x20 >= 0x61 && value | 0x20 <= 0x7A
    }

    /// `[A-Za-z]` under case-insensitive matching, which adds `ſ` U+017F and the Kelvin sign U+212A.
    @inline(__always) static func isFoldedLetter(_ value: UInt32) -> Bool {
        isLetter(value) || value == 0x17F || value == 0x212A
    }

    /// `[A-Z]`.
    @inline(__always) static func isUpper(_ value: UInt16) -> Bool { value >= 0x41 && value <= 0x5A }

    /// `\w`: Alphabetic, marks, Nd, Pc, and the zero-width (non-)joiners.
    static func isWord(_ value: UInt32) -> Bool {
        if value < 0x80 { return isLetter(value) || (value >= 0x30 && value <= 0x39) || value == 0x5F }
        if value == 0x200C || value == 0x200D { return true }
        guard let properties = properties(value) else { return false }
        if properties.isAlphabetic { return true }
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .connectorPunctuation: return true
        default: return false
        }
    }

    /// What `\b` looks through: Grapheme_Extend and general category Cf.
    static func isExtendOrFormat(_ value: UInt32) -> Bool {
        if value < 0x80 { return false }
        guard let properties = properties(value) else { return false }
        return properties.isGraphemeExtend || properties.generalCategory == .format
    }
}
