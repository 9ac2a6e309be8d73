/// The zone written right after a clock ("PST", " (UTC)", "GMT+2", "+05:30", "-07:00",
/// "Europe/Berlin"), as the clock pattern's zone part read it. Whether the words name a zone is
/// `ZoneNames.parse`'s to say; this only finds where they end.
extension TimeScanner {
    /// The end of the zone after a clock ending at `start`, or `start` when none is written:
    /// a comma when a capitalised word and `)` follow ("10:00, PST)"), spaces, an optional `(`,
    /// spaces, one zone notation (`zoneWord`), spaces and an optional `)`.
    static func zoneEnd(_ text: ScanText, from start: Int) -> Int {
        var index = start
        let comma = text.spaces(from: start)
        if text.unit(comma) == 0x2C, commaBeforeZone(text, comma + 1) { index = comma + 1 }
        index = text.spaces(from: index)
        if text.unit(index) == 0x28 { index += 1 } // (
        index = text.spaces(from: index)
        guard let end = zoneWord(text, at: index) else { return start }
        index = text.spaces(from: end)
        if text.unit(index) == 0x29 { index += 1 } // )
        return index
    }

    /// After the comma: spaces, a capital, letters, figures or `/_+-`, spaces and `)`.
    static func commaBeforeZone(_ text: ScanText, _ at: Int) -> Bool {
        var index = text.spaces(from: at)
        guard ScanClass.isUpper(text.unit(index)) else { return false }
        index += 1
        while true {
            let unit = text.unit(index)
            guard unit < 0x80, ScanClass.isLetter(UInt32(unit)) || (unit >= 0x30 && unit <= 0x39)
                || unit == 0x2F || unit == 0x5F || unit == 0x2B || unit == 0x2D else { break }
            index += 1
        }
        return text.unit(text.spaces(from: index)) == 0x29
    }

    /// One zone notation at `at`, the first of these that is written there: its end, or nil.
    static func zoneWord(_ text: ScanText, at: Int) -> Int? {
        // "UTC+2", "GMT -5", "UTC+05:30", "UTC−0530" (U+2212 for minus).
        if let word = text.literal("UTC", at: at) ?? text.literal("GMT", at: at), let end = namedOffset(text, word) { return end }
        // "+UTC".
        if let end = text.literal("+UTC", at: at) { return end }
        // "+0530", "−05:30" right after a figure, or after "HH:MM:SS ".
        if afterFigureOrSeconds(text, at), let end = offset(text, at), text.digit(at: end) == nil { return end }
        // "(+0530)".
        if text.unit(at - 1) == 0x28, let end = offset(text, at), text.unit(end) == 0x29 { return end }
        // "19:30:00 -0500" (git's and Jekyll's dates): a hyphen's offset after seconds and a space.
        if text.unit(at) == 0x2D, let (before, start) = text.scalar(before: at), ScanClass.isSpace(before), endsInSeconds(text, start),
           let end = offset(text, at, hyphen: true), text.digit(at: end) == nil { return end }
        // "-07:00" right after "HH:MM:SS", with a fraction of 1, 3 or 6 figures or none; not the end
        // of a range of clocks with seconds ("00:33:20-00:33:24").
        if text.unit(at) == 0x2D, afterSeconds(text, at), let hours = text.digits(at: at + 1, exactly: 2),
           text.unit(hours) == 0x3A, let end = text.digits(at: hours + 1, exactly: 2), text.digit(at: end) == nil,
           text.unit(end) != 0x3A { return end }
        // "UTC", "GMT", "Z", before no letter.
        if let end = text.literal("UTC", at: at) ?? text.literal("GMT", at: at) ?? text.literal("Z", at: at), !text.isLetter(at: end) { return end }
        // Two to five capitals before no letter or `/` ("PST", "CEST").
        var capitals = 0
        while ScanClass.isUpper(text.unit(at + capitals)) { capitals += 1 }
        if capitals >= 2, capitals <= 5, !text.isLetter(at: at + capitals), text.unit(at + capitals) != 0x2F { return at + capitals }
        // "Europe/Berlin", "America/Argentina/Buenos_Aires".
        return zoneName(text, at)
    }

    /// After "UTC"/"GMT": at most one space, a sign (`+`, `-`, `−`), at most one space, one or two
    /// figures, and then `:MM` or `MM` if written.
    static func namedOffset(_ text: ScanText, _ at: Int) -> Int? {
        let sign = text.space(at: at) ?? at
        guard [0x2B, 0x2D, 0x2212].contains(text.unit(sign)) else { return nil }
        let figures = text.space(at: sign + 1) ?? sign + 1
        guard let first = text.digit(at: figures) else { return nil }
        let hours = text.digit(at: first) ?? first
        if text.unit(hours) == 0x3A, let end = text.digits(at: hours + 1, exactly: 2) { return end }
        return text.digits(at: hours, exactly: 2) ?? hours
    }

    /// A sign (`+` or `−`, a hyphen only when `hyphen`), hours 00 to 14 (`0` and any figure, or
    /// `1` and 0 to 4), an optional colon, and minutes 00, 30 or 45: the end, or nil.
    static func offset(_ text: ScanText, _ at: Int, hyphen: Bool = false) -> Int? {
        guard text.unit(at) == 0x2B || text.unit(at) == 0x2212 || hyphen && text.unit(at) == 0x2D else { return nil }
        let hours: Int
        switch text.unit(at + 1) {
        case 0x30: guard let end = text.digit(at: at + 2) else { return nil }; hours = end
        case 0x31: guard (0x30...0x34).contains(text.unit(at + 2)) else { return nil }; hours = at + 3
        default: return nil
        }
        let minutes = text.unit(hours) == 0x3A ? hours + 1 : hours
        switch (text.unit(minutes), text.unit(minutes + 1)) {
        case (0x30, 0x30), (0x33, 0x30), (0x34, 0x35): return minutes + 2
        default: return nil
        }
    }

    /// The text before `at` ends in a figure, or in `D:DD:DD` and a space.
    static func afterFigureOrSeconds(_ text: ScanText, _ at: Int) -> Bool {
        guard let (before, start) = text.scalar(before: at) else { return false }
        if ScanClass.isDigit(before) { return true }
        return ScanClass.isSpace(before) && endsInSeconds(text, start)
    }

    /// The text before `at` ends in `D:DD:DD`, alone or with `.` or `,` and 1, 3 or 6 figures.
    static func afterSeconds(_ text: ScanText, _ at: Int) -> Bool {
        if endsInSeconds(text, at) { return true }
        for count in [1, 3, 6] {
            var index = at, figures = 0
            while figures < count, let (value, start) = text.scalar(before: index), ScanClass.isDigit(value) { index = start; figures += 1 }
            guard figures == count, let (mark, start) = text.scalar(before: index), mark == 0x2E || mark == 0x2C else { continue }
            if endsInSeconds(text, start) { return true }
        }
        return false
    }

    /// The text before `at` ends in `D:DD:DD` (figures of any script).
    static func endsInSeconds(_ text: ScanText, _ at: Int) -> Bool {
        var index = at
        for figure in [true, true, false, true, true, false, true] {
            guard let (value, start) = text.scalar(before: index) else { return false }
            guard figure ? ScanClass.isDigit(value) : value == 0x3A else { return false }
            index = start
        }
        return true
    }

    /// A capital, letters, `/`, letters or `_`, and once more `/` with letters or `_` if written.
    static func zoneName(_ text: ScanText, _ at: Int) -> Int? {
        guard ScanClass.isUpper(text.unit(at)) else { return nil }
        var index = at + 1
        while text.isLetter(at: index) { index += 1 }
        guard index > at + 1, text.unit(index) == 0x2F else { return nil }
        func part(_ from: Int) -> Int? {
            var end = from
            while text.isLetter(at: end) || text.unit(end) == 0x5F { end += 1 }
            return end > from ? end : nil
        }
        guard let first = part(index + 1) else { return nil }
        if text.unit(first) == 0x2F, let second = part(first + 1) { return second }
        return first
    }
}
